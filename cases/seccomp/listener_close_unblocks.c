/*
 * seccomp/listener_close_unblocks - a filter's notifications need an open
 * listener: when the last copy of the listener is closed, a target
 * sleeping in a trapped call wakes and the call fails with ENOSYS, as does
 * every trapped call after.  While any copy is open (one a forked child
 * holds) the trapped call keeps sleeping.
 */
#include "seccomp.h"

FT_CASE("closing the last listener fails the trapped calls with ENOSYS",
	"seccomp(2) DESCRIPTION \"SECCOMP_RET_USER_NOTIF\" (no attached "
	"supervisor: ENOSYS); seccomp_unotify(2) \"Overview\" step 4");

/* Traps twice, reporting each call's errno (0 for success). */
static void trap_report(int ctl, void *arg)
{
	for (int i = 0; i < 2; i++) {
		errno = 0;
		int r = sn_trap();
		sn_tell(ctl, r == -1 ? errno : 0);
	}
}

FT_POINT(blocked_call_gets_enosys)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_report, NULL);
	FT_EQ(ft_wait_blocked(t.pid, SYS_dup, 0), 1);
	FT_EQ(ft_poll_in(t.ctl, 0), 0); /* still in the call */
	ft_close(&t.listener);
	FT_EQ(sn_hear(t.ctl), ENOSYS);
	FT_EQ(sn_hear(t.ctl), ENOSYS); /* and the next one at once */
	sn_finish(&t);
}

FT_POINT(copy_in_child_keeps_it)
{
	SN_TARGET t = SN_NO_TARGET;
	sn_start(&t, trap_report, NULL);
	FT_FDS int go[2] = FT_NO_FDS;
	ft_pipe(go, O_CLOEXEC);
	pid_t holder = ft_fork();
	if (holder == 0) {
		/* holds the listener until told, then answers */
		char c;
		FT_EQ(read(go[0], &c, 1), 1);
		uint64_t id = sn_recv(&t);
		sn_send(&t, id, 7);
		_exit(0);
	}
	ft_close(&t.listener);
	FT_EQ(ft_wait_blocked(t.pid, SYS_dup, 0), 1);
	FT_EQ(ft_poll_in(t.ctl, 0), 0); /* the call still sleeps */
	FT_EQ(write(go[1], "g", 1), 1);
	FT_EQ(sn_hear(t.ctl), 0);
	FT_CHILD_OK(holder); /* the last copy goes with it */
	FT_EQ(sn_hear(t.ctl), ENOSYS);
	sn_finish(&t);
}
