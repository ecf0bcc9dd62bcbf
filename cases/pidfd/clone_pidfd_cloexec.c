/*
 * pidfd/clone_pidfd_cloexec - clone(2) and clone3(2) with CLONE_PIDFD
 * hand the parent a PID file descriptor for the new child, and it is
 * close-on-exec: an exec'd image does not inherit it unless the flag is
 * cleared with F_SETFD.  The descriptor refers to that child: a signal
 * sent through it ends the child.  Axes: clone and clone3.
 */
#include "pidfd.h"

FT_CASE("clone/clone3 CLONE_PIDFD returns a close-on-exec pidfd for the child",
	"clone(2) CLONE_PIDFD (Linux 5.2; clone3 Linux 5.3); "
	"fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"");

FT_TABLE(cloexec_set, pf_clone_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	FT_FLAG_SET(ft_getfd(pidfd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(pidfd), O_NONBLOCK);
	pf_release(pid, &wr);
}

FT_TABLE(signal_reaches_child, pf_clone_makers)
{
	sp_need_pidfd_send_signal();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	FT_SYS(sp_pidfd_send_signal(pidfd, SIGTERM, NULL, 0));
	int st = ft_wait(pid, 0);
	FT_TRUE(WIFSIGNALED(st));
	FT_EQ(WTERMSIG(st), SIGTERM);
}

FT_TABLE(exec_closes_it, pf_clone_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	FT_FD int kept = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	kept = FT_SYS(dup(pidfd)); /* dup clears close-on-exec on the copy */
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	FT_TRUE(ft_probe_find(&probe, pidfd) == NULL);
	FT_TRUE(ft_probe_find(&probe, kept) != NULL);
	pf_release(pid, &wr);
}

FT_TABLE(cleared_flag_survives_exec, pf_clone_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	FT_SYS(fcntl(pidfd, F_SETFD, 0));
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	const struct ft_probe_fd *seen = ft_probe_find(&probe, pidfd);
	FT_TRUE(seen != NULL);
	FT_FLAG_CLEAR(seen->fdflags, FD_CLOEXEC);
	pf_release(pid, &wr);
}
