/*
 * special/pidfd_poll_exit - a pidfd (pidfd_open, Linux 5.3) becomes
 * readable (POLLIN) when the process it refers to terminates, and not
 * before; for a child, waitid(P_PIDFD) (Linux 5.4) waits on it and reports
 * the exit status.
 *
 * Cites: pidfd_open(2) NOTES "Use cases for PID file descriptors",
 * VERSIONS; waitid(2) (P_PIDFD, since Linux 5.4).
 */
#include "special.h"
#include <poll.h>

FT_CASE("a pidfd polls readable when its process terminates",
	"pidfd_open(2) NOTES \"Use cases for PID file descriptors\"; waitid(2) P_PIDFD");

FT_POINT(readable_only_after_exit)
{
	sp_need_pidfd();
	int wr;
	pid_t pid = sp_parked_child(&wr);
	FT_FD int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	FT_EQ(ft_poll_in(pfd, 0), 0); /* alive: not readable */
	close(wr);                      /* let it exit */
	struct pollfd p = { .fd = pfd, .events = POLLIN };
	FT_EQ(poll(&p, 1, ft_scaled_ms(2000)), 1);
	FT_TRUE(p.revents & POLLIN);
	FT_CHILD_OK(pid);
}

FT_POINT(waitid_on_pidfd)
{
	sp_need_pidfd();
	pid_t pid = ft_fork();
	if (pid == 0)
		_exit(7);
	int pfd = FT_SYS(sp_pidfd_open(pid, 0));
	siginfo_t si;
	memset(&si, 0, sizeof si);
	int r = waitid(P_PIDFD, (id_t)pfd, &si, WEXITED);
	if (r == -1 && errno == EINVAL) {
		ft_wait(pid, 0);
		close(pfd);
		FT_SKIP("waitid(P_PIDFD) not supported here (EINVAL; added in Linux 5.4)");
	}
	FT_EQ(r, 0);
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_EXITED);
	FT_EQ(si.si_status, 7);
	close(pfd);
}
