/*
 * offset/lseek_invalid_einval - lseek() refuses a resulting offset that
 * would be negative, and an unknown whence, with EINVAL, and leaves the
 * offset where it was.
 *
 * Cites: lseek(2) ERRORS (EINVAL: whence is not valid, or the resulting
 * offset would be negative); POSIX lseek(3p) ERRORS.
 */
#include "fdtest.h"

FT_CASE("lseek to a negative offset or with a bad whence fails with EINVAL",
	"lseek(2) ERRORS; POSIX lseek(3p)");

FT_POINT(negative_seek_set)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_ERRNO(lseek(fd, -1, SEEK_SET), EINVAL);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(negative_seek_cur)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_ERRNO(lseek(fd, -3, SEEK_CUR), EINVAL);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(negative_seek_end)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_ERRNO(lseek(fd, -7, SEEK_END), EINVAL);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(bad_whence)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_ERRNO(lseek(fd, 0, 42), EINVAL);
	FT_ERRNO(lseek(fd, 1, -1), EINVAL);
	FT_EQ(ft_offset(fd), 2);
}
