/*
 * alloc/dup2_above_limit_ebadf - dup2() and dup3() cannot create a
 * descriptor numbered at or above the soft RLIMIT_NOFILE: such a newfd is
 * out of the allowed range and the call fails with EBADF (not EMFILE), and
 * nothing is created.  newfd = limit-1 is still allowed.
 *
 * Cites: dup(2) ERRORS (EBADF: newfd out of the allowed range);
 * getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p).
 */
#include "alloc.h"

FT_CASE("dup2()/dup3() to a number at or above RLIMIT_NOFILE fail with EBADF",
	"dup(2) ERRORS; getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p)");

FT_POINT(dup2_at_limit_ebadf)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	int s = alloc_small_limit(&old);
	int lf = ft_lowest_free(), was = ft_is_open(s);
	FT_ERRNO(dup2(fd, s), EBADF);
	FT_ERRNO(dup2(fd, s + 1000), EBADF);
	FT_EQ(ft_lowest_free(), lf);
	FT_EQ(dup2(fd, s - 1), s - 1);
	close(s - 1);
	FT_SYS(setrlimit(RLIMIT_NOFILE, &old));
	FT_EQ(ft_is_open(s), was); /* nothing was created there */
}

FT_POINT(dup3_at_limit_ebadf)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	int s = alloc_small_limit(&old);
	FT_ERRNO(dup3(fd, s, O_CLOEXEC), EBADF);
	FT_ERRNO(dup3(fd, s, 0), EBADF);
	FT_EQ(dup3(fd, s - 1, 0), s - 1);
	close(s - 1);
	FT_SYS(setrlimit(RLIMIT_NOFILE, &old));
}

FT_POINT(negative_newfd_ebadf)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_ERRNO(dup2(fd, -1), EBADF);
	FT_ERRNO(dup3(fd, -1, 0), EBADF);
}
