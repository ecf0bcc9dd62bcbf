/*
 * seccomp/listener_poll - the listener's readiness follows the
 * notifications: not readable while no call is trapped (a zero-timeout
 * poll after the target is known to wait elsewhere), readable once the
 * target sleeps in a trapped call, writable (and no longer readable) once
 * the notification has been received, and at end-of-file (POLLHUP) after
 * the target has exited and been reaped.
 */
#include "seccomp.h"

FT_CASE("the seccomp listener is readable while a notification is pending",
	"seccomp_unotify(2) NOTES \"select()/poll()/epoll semantics\"");

static int revents(int fd)
{
	struct pollfd p = { fd, POLLIN | POLLOUT, 0 };
	int n = FT_SYS(poll(&p, 1, 0));
	return n == 0 ? 0 : p.revents;
}

/* Waits in read() for a word, then traps. */
static void trap_when_told(int ctl, void *arg)
{
	int word;
	FT_EQ(read(ctl, &word, sizeof word), (ssize_t)sizeof word);
	sn_trap_expect(5);
}

FT_POINT(readiness_follows_notification)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_when_told, NULL);
	FT_EQ(ft_wait_blocked(t.pid, SYS_read, 0), 1);
	FT_EQ(revents(t.listener), 0);
	sn_tell(t.ctl, 1);
	FT_EQ(ft_wait_blocked(t.pid, SYS_dup, 0), 1);
	int ev = revents(t.listener);
	FT_FLAG_SET(ev, POLLIN);
	uint64_t id = sn_recv(&t);
	ev = revents(t.listener);
	FT_FLAG_SET(ev, POLLOUT);
	FT_FLAG_CLEAR(ev, POLLIN);
	sn_send(&t, id, 5);
	sn_finish(&t);
	ev = revents(t.listener);
	FT_FLAG_SET(ev, POLLHUP);
}
