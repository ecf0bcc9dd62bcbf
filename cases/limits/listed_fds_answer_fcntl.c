/*
 * limits/listed_fds_answer_fcntl - every descriptor /proc/self/fd lists
 * is open for the process's own calls: F_GETFD and fstat succeed on each,
 * including one left above a lowered soft RLIMIT_NOFILE (the limit only
 * restricts new numbers), which can still be duplicated down below the
 * limit and closed.  What is found above the limit is reported.
 *
 * Cites: proc(5) /proc/pid/fd/ (one entry per open descriptor);
 * getrlimit(2) RLIMIT_NOFILE (limits numbers opened, not those open);
 * fcntl(2) F_GETFD, F_DUPFD; close(2).
 */
#include "nofile.h"

FT_CASE("every descriptor /proc/self/fd lists answers fcntl, also above the limit",
	"proc(5) /proc/pid/fd/; getrlimit(2) RLIMIT_NOFILE; fcntl(2); close(2)");

static int fds[8192];

FT_POINT(each_listed_fd_answers)
{
	if (access("/proc/self/fd", R_OK) != 0)
		FT_SKIP("needs /proc/self/fd");
	long lim = lim_cur();
	int k = ft_list_fds(fds, 8192);
	FT_GT(k, 0);
	for (int i = 0; i < k; i++) {
		struct stat st;
		if (lim >= 0 && fds[i] >= lim)
			ft_note("found: fd %d at or above the soft limit %ld",
				fds[i], lim);
		ft_getfd(fds[i]); /* listed, so open: F_GETFD must succeed */
		if (fstat(fds[i], &st) == -1)
			ft_fail_(__FILE__, __LINE__, "fstat(fd)", "success", "-1",
				 errno, "fd %d is listed in /proc/self/fd", fds[i]);
	}
}

FT_POINT(fd_above_lowered_limit_usable)
{
	int h = lim_high_fd("x");
	struct rlimit old;
	lim_soft(h - 10, &old);
	FT_EQ(ft_getfd(h), 0);
	struct stat st;
	FT_SYS(fstat(h, &st));
	FT_FD int low = FT_SYS(fcntl(h, F_DUPFD_CLOEXEC, 0));
	FT_LT(low, h - 10);
	FT_ERRNO(dup2(low, h + 1), EBADF); /* new numbers stay below */
	FT_EQ(close(h), 0);
	FT_ERRNO(fcntl(h, F_GETFD), EBADF);
	lim_restore(&old);
}
