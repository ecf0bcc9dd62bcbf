/*
 * pidfd/waitid_pidfd_echild - waitid(2) with P_PIDFD waits only for a
 * child of the caller: a PID file descriptor of the caller itself, of a
 * grandchild (the child of a child) or of a child already waited for
 * gives ECHILD, even though the pidfd is valid and, for the grandchild,
 * the process is alive.
 */
#include "pidfd.h"

FT_CASE("waitid(P_PIDFD) on a pidfd of a process that is not an unwaited-for child is ECHILD",
	"waitid(2) ERRORS (ECHILD); waitid(2) P_PIDFD (Linux 5.4)");

FT_POINT(self_echild)
{
	pf_need_waitid_pidfd();
	FT_FD int self = FT_SYS(sp_pidfd_open(getpid(), 0));
	siginfo_t si;
	FT_ERRNO(waitid(P_PIDFD, (id_t)self, &si, WEXITED | WNOHANG), ECHILD);
	FT_ERRNO(waitid(P_PIDFD, (id_t)self, &si, WEXITED), ECHILD);
}

FT_POINT(grandchild_echild)
{
	pf_need_waitid_pidfd();
	FT_FDS int report[2] = FT_NO_FDS;
	FT_FDS int hold[2] = FT_NO_FDS;
	ft_pipe(report, O_CLOEXEC);
	ft_pipe(hold, O_CLOEXEC);
	pid_t child = ft_fork();
	if (child == 0) {
		ft_close(&hold[1]);
		pid_t grandchild = ft_fork();
		if (grandchild == 0) { /* lives until the test closes hold[1] */
			char c;
			FT_EQ(read(hold[0], &c, 1), 0);
			_exit(0);
		}
		ft_write_all(report[1], &grandchild, sizeof grandchild);
		FT_CHILD_OK(grandchild);
		_exit(0);
	}
	ft_close(&hold[0]);
	pid_t grandchild;
	FT_EQ(ft_read_all(report[0], &grandchild, sizeof grandchild), sizeof grandchild);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(grandchild, 0));
	siginfo_t si;
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED | WNOHANG), ECHILD);
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED), ECHILD);
	ft_close(&hold[1]);
	FT_CHILD_OK(child);
}

FT_POINT(reaped_child_echild)
{
	pf_need_waitid_pidfd();
	pid_t pid = ft_fork();
	if (pid == 0)
		_exit(0);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_CHILD_OK(pid); /* waited for with waitpid */
	siginfo_t si;
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED | WNOHANG), ECHILD);
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED), ECHILD);
}
