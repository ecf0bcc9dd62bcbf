/*
 * special/pidfd_send_signal - pidfd_send_signal (Linux 5.1) sends a signal
 * to the process a pidfd refers to; with a NULL info the receiver sees it
 * as if sent by kill(2) (SI_USER, the sender's PID and real UID); signal 0
 * only checks that the process exists; unknown flags are EINVAL.
 *
 * Cites: pidfd_send_signal(2) DESCRIPTION, ERRORS, VERSIONS.
 */
#include "special.h"

FT_CASE("pidfd_send_signal delivers a signal like kill(2) to the pidfd's process",
	"pidfd_send_signal(2) DESCRIPTION; ERRORS");

FT_POINT(terminates_child)
{
	sp_need_pidfd_send_signal();
	int wr;
	pid_t pid = sp_parked_child(&wr);
	int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_SYS(sp_pidfd_send_signal(pfd, SIGTERM, NULL, 0));
	int st = ft_wait(pid, 0);
	close(wr);
	close(pfd);
	FT_TRUE(WIFSIGNALED(st));
	FT_EQ(WTERMSIG(st), SIGTERM);
}

FT_POINT(receiver_sees_kill_fields)
{
	sp_need_pidfd_send_signal();
	pid_t me = getpid();
	FT_FDS int ready[2] = FT_NO_FDS;
	ft_pipe(ready, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		sigset_t s;
		siginfo_t si;
		sigemptyset(&s);
		sigaddset(&s, SIGUSR1);
		FT_SYS(sigprocmask(SIG_BLOCK, &s, NULL));
		close(ready[0]);
		FT_EQ(write(ready[1], "r", 1), 1);
		FT_EQ(sigwaitinfo(&s, &si), SIGUSR1);
		FT_EQ(si.si_code, SI_USER);
		FT_EQ(si.si_pid, me);
		FT_EQ(si.si_uid, getuid());
		_exit(0);
	}
	ft_close(&ready[1]);
	FT_EQ(ft_poll_in(ready[0], 2000), 1);
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_SYS(sp_pidfd_send_signal(pfd, SIGUSR1, NULL, 0));
	FT_CHILD_OK(pid);
}

FT_POINT(signal_zero_and_bad_flags)
{
	sp_need_pidfd_send_signal();
	FT_FD int pfd = FT_SYS(sp_pidfd_open(getpid(), 0));
	FT_EQ(sp_pidfd_send_signal(pfd, 0, NULL, 0), 0);
	/* bits 0-2 became PIDFD_SIGNAL_* scopes in Linux 6.9: use one unknown */
	FT_ERRNO(sp_pidfd_send_signal(pfd, 0, NULL, 0x40000000), EINVAL);
}
