/*
 * seccomp/listener_copies - every copy of the listener is the same
 * listener (one open file description): a notification can be received
 * and answered through a copy made by any call of the dup family after the
 * original is closed, through the copy a forked child inherits, and
 * through the copy passed over SCM_RIGHTS (how the target hands it to the
 * supervisor in every case here).
 */
#include "seccomp.h"

FT_CASE("a notification is received and answered through any copy of the listener",
	"seccomp_unotify(2) \"Overview\" (steps 2, 5 and 8) and "
	"\"SECCOMP_IOCTL_NOTIF_RECV\"; dup(2) DESCRIPTION; fork(2) "
	"DESCRIPTION; unix(7) SCM_RIGHTS");

static void trap_once(int ctl, void *arg)
{
	sn_trap_expect(42);
}

FT_TABLE(dup_copy, ft_dup_kinds)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_once, NULL);
	int copy = FT_SYS(row->dup(t.listener));
	FT_SYS(close(t.listener));
	t.listener = copy;
	uint64_t id = sn_recv(&t);
	sn_send(&t, id, 42);
	sn_finish(&t);
}

FT_POINT(forked_supervisor)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_once, NULL);
	pid_t helper = ft_fork();
	if (helper == 0) {
		uint64_t id = sn_recv(&t);
		sn_send(&t, id, 42);
		_exit(0);
	}
	FT_CHILD_OK(helper);
	sn_finish(&t);
}

FT_POINT(passed_copy_is_listener)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_once, NULL);
	/* the supervisor's copy came over SCM_RIGHTS: it is the listener */
	char link[FT_PATH_MAX];
	ft_readlink_fd(t.listener, link, sizeof link);
	FT_STRHAS(link, "seccomp");
	uint64_t id = sn_recv(&t);
	sn_send(&t, id, 42);
	sn_finish(&t);
}
