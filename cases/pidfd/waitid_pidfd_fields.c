/*
 * pidfd/waitid_pidfd_fields - waitid(2) with P_PIDFD (Linux 5.4) waits for
 * the child a PID file descriptor refers to and fills siginfo like any
 * waitid: si_signo SIGCHLD, si_pid, si_uid, si_code CLD_EXITED with the
 * exit status or CLD_KILLED with the signal, CLD_STOPPED and
 * CLD_CONTINUED under WSTOPPED and WCONTINUED.  With WNOHANG and the
 * child still running it returns 0 at once with si_pid and si_signo zero;
 * WNOWAIT leaves the child waitable, and once it has been waited for a
 * further wait is ECHILD.  Axes: the pidfd made by pidfd_open, clone and
 * clone3.
 */
#include "pidfd.h"

FT_CASE("waitid(P_PIDFD) reports the child's state in siginfo; WNOHANG, WNOWAIT, WSTOPPED, WCONTINUED",
	"waitid(2) DESCRIPTION (P_PIDFD, since Linux 5.4; WNOHANG, WNOWAIT); waitid(2) ERRORS; "
	"pidfd_open(2) NOTES \"Use cases for PID file descriptors\"");

static void wait_fields(int pidfd, int options, siginfo_t *si)
{
	memset(si, 0x5a, sizeof *si);
	FT_SYS(waitid(P_PIDFD, (id_t)pidfd, si, options));
}

FT_TABLE(exited_fields, pf_makers)
{
	pf_need_waitid_pidfd();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	ft_close(&wr); /* the child exits 0 */
	siginfo_t si;
	wait_fields(pidfd, WEXITED, &si);
	FT_EQ(si.si_signo, SIGCHLD);
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_uid, getuid());
	FT_EQ(si.si_code, CLD_EXITED);
	FT_EQ(si.si_status, 0);
}

FT_POINT(exit_status_and_killed)
{
	pf_need_waitid_pidfd();
	pid_t pid = ft_fork();
	if (pid == 0)
		_exit(42);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(pid, 0));
	siginfo_t si;
	wait_fields(pidfd, WEXITED, &si);
	FT_EQ(si.si_code, CLD_EXITED);
	FT_EQ(si.si_status, 42);
	FT_FD int wr = -1, killed = -1;
	pid = pf_parked(PF_PIDFD_OPEN, 0, &killed, &wr);
	FT_SYS(sp_pidfd_send_signal(killed, SIGKILL, NULL, 0));
	wait_fields(killed, WEXITED, &si);
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_KILLED);
	FT_EQ(si.si_status, SIGKILL);
}

FT_POINT(wnohang_running_zeroes)
{
	pf_need_waitid_pidfd();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(PF_PIDFD_OPEN, 0, &pidfd, &wr);
	siginfo_t si;
	wait_fields(pidfd, WEXITED | WNOHANG, &si);
	FT_EQ(si.si_pid, 0);
	FT_EQ(si.si_signo, 0);
	pf_release(pid, &wr);
}

FT_POINT(wnowait_then_echild)
{
	pf_need_waitid_pidfd();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(PF_PIDFD_OPEN, 0, &pidfd, &wr);
	ft_close(&wr);
	siginfo_t si;
	wait_fields(pidfd, WEXITED | WNOWAIT, &si);
	FT_EQ(si.si_pid, pid);
	wait_fields(pidfd, WEXITED, &si); /* still there: reaps it */
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_EXITED);
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED | WNOHANG), ECHILD);
}

FT_POINT(stopped_and_continued)
{
	pf_need_waitid_pidfd();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(PF_PIDFD_OPEN, 0, &pidfd, &wr);
	siginfo_t si;
	FT_SYS(sp_pidfd_send_signal(pidfd, SIGSTOP, NULL, 0));
	wait_fields(pidfd, WSTOPPED, &si);
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_STOPPED);
	FT_EQ(si.si_status, SIGSTOP);
	FT_SYS(sp_pidfd_send_signal(pidfd, SIGCONT, NULL, 0));
	wait_fields(pidfd, WCONTINUED, &si);
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_CONTINUED);
	FT_EQ(si.si_status, SIGCONT);
	pf_release(pid, &wr);
}
