/*
 * limits/dup2_just_below_limit - the highest number the soft
 * RLIMIT_NOFILE allows (limit - 1) is an ordinary descriptor number:
 * dup2 and dup3 onto it succeed and refer to the same file,
 * F_DUPFD with that minimum returns it, F_GETFD and close work on it,
 * and after close it is free again.
 *
 * Cites: getrlimit(2) RLIMIT_NOFILE ("one greater than the maximum file
 * descriptor number that can be opened"); dup(2) DESCRIPTION; fcntl(2)
 * F_DUPFD; close(2).
 */
#include "nofile.h"

FT_CASE("the number just below the soft RLIMIT_NOFILE works like any other",
	"getrlimit(2) RLIMIT_NOFILE; dup(2); fcntl(2) F_DUPFD; close(2)");

static int top(void)
{
	long lim = lim_cur();
	if (lim < 0 || lim > (1L << 20))
		FT_SKIP("soft RLIMIT_NOFILE %ld is unlimited or above 2^20", lim);
	int n = (int)lim - 1;
	if (ft_is_open(n))
		FT_SKIP("fd %d (limit - 1) is already open here", n);
	return n;
}

static void same_file(int a, int b)
{
	struct stat x, y;
	FT_SYS(fstat(a, &x));
	FT_SYS(fstat(b, &y));
	FT_EQ(x.st_ino, y.st_ino);
	FT_EQ(x.st_dev, y.st_dev);
}

FT_POINT(dup2_onto_top)
{
	int n = top();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_EQ(dup2(fd, n), n);
	same_file(fd, n);
	FT_EQ(ft_getfd(n), 0);
	FT_EQ(close(n), 0);
	FT_ERRNO(fcntl(n, F_GETFD), EBADF);
}

FT_POINT(dup3_cloexec_onto_top)
{
	int n = top();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_EQ(dup3(fd, n, O_CLOEXEC), n);
	FT_EQ(ft_getfd(n), FD_CLOEXEC);
	same_file(fd, n);
	FT_EQ(close(n), 0);
}

FT_POINT(f_dupfd_minimum_top)
{
	int n = top();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_EQ(fcntl(fd, F_DUPFD, n), n);
	same_file(fd, n);
	FT_ERRNO(fcntl(fd, F_DUPFD, n), EMFILE); /* nothing free at or above */
	FT_EQ(close(n), 0);
}
