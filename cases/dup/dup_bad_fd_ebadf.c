/*
 * dup/dup_bad_fd_ebadf - dup() of a descriptor that is not open (a closed
 * number, or a negative one) fails with EBADF and creates nothing.
 *
 * Cites: dup(2) ERRORS (EBADF: oldfd isn't an open file descriptor);
 * POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup of a descriptor that is not open fails with EBADF",
	"dup(2) ERRORS; POSIX dup(3p)");

FT_POINT(closed_fd)
{
	int fd = ft_tmpfile(NULL, NULL);
	close(fd);
	int low = ft_lowest_free();
	FT_ERRNO(dup(fd), EBADF);
	FT_EQ(ft_lowest_free(), low); /* nothing was allocated */
}

FT_POINT(negative_fd)
{
	FT_ERRNO(dup(-1), EBADF);
	FT_ERRNO(fcntl(-1, F_DUPFD, 0), EBADF);
}

FT_POINT(huge_fd)
{
	FT_ERRNO(dup(0x7fffffff), EBADF);
}
