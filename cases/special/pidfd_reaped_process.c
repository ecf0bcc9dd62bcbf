/*
 * special/pidfd_reaped_process - a pidfd outlives its process: it can be
 * opened on a terminated child not yet waited for (the zombie), it stays
 * readable, and once the child has been waited on, pidfd_send_signal and
 * pidfd_getfd through it fail with ESRCH instead of reaching a reused PID.
 *
 * Cites: pidfd_open(2) NOTES; pidfd_send_signal(2) ERRORS (ESRCH), NOTES
 * "PID file descriptors"; pidfd_getfd(2) ERRORS (ESRCH).
 */
#include "special.h"

FT_CASE("a pidfd of a reaped process stays readable; signalling through it is ESRCH",
	"pidfd_open(2) NOTES; pidfd_send_signal(2) ERRORS; pidfd_getfd(2) ERRORS");

static pid_t exited_child(void)
{
	pid_t pid = ft_fork();
	if (pid == 0)
		_exit(0);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	FT_SYS(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT)); /* a zombie */
	return pid;
}

FT_POINT(zombie_can_be_opened)
{
	sp_need_pidfd();
	pid_t pid = exited_child();
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_EQ(ft_poll_in(pfd, 1000), 1);
	FT_CHILD_OK(pid);
	FT_EQ(ft_poll_in(pfd, 0), 1); /* still readable once reaped */
}

FT_POINT(signal_after_reap_esrch)
{
	sp_need_pidfd_send_signal();
	pid_t pid = exited_child();
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_CHILD_OK(pid);
	FT_ERRNO(sp_pidfd_send_signal(pfd, SIGKILL, NULL, 0), ESRCH);
}

FT_POINT(getfd_after_reap_esrch)
{
	sp_need_pidfd_getfd();
	pid_t pid = exited_child();
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_CHILD_OK(pid);
	FT_ERRNO(sp_pidfd_getfd(pfd, 0, 0), ESRCH);
}
