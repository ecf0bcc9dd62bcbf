/*
 * fcntl/setfl_ignores_access_mode - the access mode is fixed at open():
 * F_SETFL ignores the O_RDONLY/O_WRONLY/O_RDWR bits of its argument, so a
 * read-only descriptor stays read-only (write fails with EBADF) and a
 * write-only one stays write-only, while the status flags are applied.
 *
 * Cites: fcntl(2) "File status flags" (file access mode in arg is
 * ignored); open(2) NOTES "File access mode"; POSIX fcntl(3p) F_SETFL.
 */
#include "fdtest.h"

FT_CASE("F_SETFL cannot change the access mode",
	"fcntl(2) \"File status flags\"; open(2) NOTES \"File access mode\"; POSIX fcntl(3p)");

FT_POINT(rdonly_stays_rdonly)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("abc", path));
	FT_FD int fd = FT_SYS(open(path, O_RDONLY));
	FT_EQ(fcntl(fd, F_SETFL, O_RDWR | O_NONBLOCK), 0);
	int fl = ft_getfl(fd);
	FT_EQ(fl & O_ACCMODE, O_RDONLY);
	FT_FLAG_SET(fl, O_NONBLOCK);
	FT_ERRNO(write(fd, "x", 1), EBADF);
}

FT_POINT(wronly_stays_wronly)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("abc", path));
	FT_FD int fd = FT_SYS(open(path, O_WRONLY));
	FT_EQ(fcntl(fd, F_SETFL, O_RDONLY | O_APPEND), 0);
	int fl = ft_getfl(fd);
	FT_EQ(fl & O_ACCMODE, O_WRONLY);
	FT_FLAG_SET(fl, O_APPEND);
	char c;
	FT_ERRNO(read(fd, &c, 1), EBADF);
}

FT_POINT(pipe_read_end_stays_rdonly)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(fcntl(p[0], F_SETFL, O_WRONLY), 0);
	FT_EQ(ft_getfl(p[0]) & O_ACCMODE, O_RDONLY);
	FT_ERRNO(write(p[0], "x", 1), EBADF);
}
