/*
 * close/close_invalid_ebadf - close() of a number that is not an open
 * descriptor (negative, never opened, at or above the RLIMIT_NOFILE soft
 * limit, or INT_MAX) fails with EBADF and changes nothing.
 *
 * Cites: close(2) ERRORS (EBADF); POSIX close(3p) ERRORS.
 */
#include "fdtest.h"
#include <limits.h>
#include <sys/resource.h>

FT_CASE("close of a number that is not an open descriptor is EBADF",
	"close(2) ERRORS; POSIX close(3p)");

FT_POINT(minus_one)
{
	FT_ERRNO(close(-1), EBADF);
}

FT_POINT(int_min)
{
	FT_ERRNO(close(INT_MIN), EBADF);
}

FT_POINT(int_max)
{
	FT_ERRNO(close(INT_MAX), EBADF);
}

FT_POINT(at_soft_limit)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > INT_MAX)
		FT_SKIP("RLIMIT_NOFILE soft limit is unlimited here");
	FT_ERRNO(close((int)rl.rlim_cur), EBADF);
}

FT_POINT(free_number_in_range)
{
	int fds[4096];
	int n0 = ft_list_fds(fds, 4096);
	int fd = ft_lowest_free();
	FT_ERRNO(close(fd), EBADF);
	FT_EQ(ft_list_fds(fds, 4096), n0);
	FT_EQ(ft_lowest_free(), fd);
}
