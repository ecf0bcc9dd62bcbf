/*
 * reuse/close_twice_ebadf - close() on a number that is not open fails
 * with EBADF: a second close of the same descriptor (nothing reused it in
 * between), a number never opened, and -1.  The failed close changes
 * nothing else in the table.
 *
 * Cites: close(2) ERRORS (EBADF) and NOTES "Dealing with error returns
 * from close()" (EBADF is the one error after which nothing was closed);
 * POSIX close(3p).
 */
#include "fdtest.h"

FT_CASE("close() of a descriptor that is not open fails with EBADF",
	"close(2) ERRORS, NOTES \"Dealing with error returns from close()\"; POSIX close(3p)");

FT_POINT(second_close_ebadf)
{
	int fd = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(close(fd), 0);
	FT_ERRNO(close(fd), EBADF);
	FT_FALSE(ft_is_open(fd));
}

FT_POINT(never_opened_number_ebadf)
{
	FT_FD int keep = FT_SYS(open("/dev/null", O_RDONLY));
	int n = ft_lowest_free();
	FT_ERRNO(close(n), EBADF);
	FT_ERRNO(close(-1), EBADF);
	FT_TRUE(ft_is_open(keep));
	FT_EQ(ft_lowest_free(), n);
}
