/*
 * pidfd/getfd_errors - pidfd_getfd(2) (Linux 5.6) fails without making a
 * descriptor: EBADF for a target number that was open in the process and
 * has been closed there, EBADF when the first argument is an open
 * descriptor that is no PID file descriptor, EINVAL for flags other than
 * 0, and ESRCH once the process has terminated and been waited for.  A
 * terminated process not yet waited for has no descriptor table left:
 * newer kernels report ESRCH for it as well, older ones EBADF (the page
 * does not say which), so both are accepted there.
 */
#include "pidfd.h"

FT_CASE("pidfd_getfd: EBADF (closed target, not a pidfd), EINVAL (flags), ESRCH (exited)",
	"pidfd_getfd(2) ERRORS (Linux 5.6)");

/* In the child: open a file and close it; the number is reported. */
static int open_and_close(void *unused)
{
	int fd = FT_SYS(open("target", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_SYS(close(fd));
	return fd;
}

FT_POINT(closed_target_ebadf)
{
	sp_need_pidfd_getfd();
	int fdnum, wr;
	pid_t pid = pf_reporting_child(open_and_close, NULL, &fdnum, &wr);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(pid, 0));
	int before = ft_lowest_free();
	FT_ERRNO(sp_pidfd_getfd(pidfd, fdnum, 0), EBADF);
	FT_EQ(ft_lowest_free(), before); /* nothing was allocated */
	pf_release(pid, &wr);
}

FT_POINT(not_a_pidfd_ebadf)
{
	sp_need_pidfd_getfd();
	FT_FD int file = ft_tmpfile("x", NULL);
	FT_FD int other = ft_tmpfile("y", NULL);
	FT_ERRNO(sp_pidfd_getfd(file, other, 0), EBADF);
}

FT_POINT(nonzero_flags_einval)
{
	sp_need_pidfd_getfd();
	FT_FD int self = FT_SYS(sp_pidfd_open(getpid(), 0));
	FT_FD int file = ft_tmpfile("x", NULL);
	FT_ERRNO(sp_pidfd_getfd(self, file, 1), EINVAL);
	FT_ERRNO(sp_pidfd_getfd(self, file, O_CLOEXEC), EINVAL);
}

FT_POINT(exited_unwaited)
{
	sp_need_pidfd_getfd();
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(PF_PIDFD_OPEN, 0, &pidfd, &wr);
	ft_close(&wr);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	FT_SYS(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT)); /* a zombie */
	FT_ERRNO_ANY(sp_pidfd_getfd(pidfd, 0, 0), ESRCH, EBADF);
	FT_CHILD_OK(pid);
	FT_ERRNO(sp_pidfd_getfd(pidfd, 0, 0), ESRCH);
}
