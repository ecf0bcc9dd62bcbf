/*
 * offset/pwrite_append_appends - on Linux, pwrite() to a descriptor with
 * O_APPEND appends at the end of the file whatever offset it is given (a
 * documented deviation from POSIX), and like any pwrite() it leaves the
 * file offset unchanged.  So do pwritev() and pwritev2() (flags 0,
 * RWF_DSYNC, RWF_SYNC).
 *
 * Cites: pwrite(2) BUGS (with O_APPEND, pwrite appends regardless of
 * offset) and DESCRIPTION (the file offset is not changed).
 */
#include "offset.h"

FT_CASE("pwrite on an O_APPEND descriptor appends and keeps the offset",
	"pwrite(2) BUGS and DESCRIPTION");

FT_POINT(appends_regardless_of_offset)
{
	FT_FD int fd = offset_reopen("abc", O_RDWR | O_APPEND);
	FT_EQ(pwrite(fd, "X", 1, 0), 1);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcX", 4);
}

FT_POINT(offset_unchanged)
{
	FT_FD int fd = offset_reopen("abc", O_RDWR | O_APPEND);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_EQ(pwrite(fd, "XY", 2, 0), 2);
	FT_EQ(ft_offset(fd), 1);
}

FT_POINT(setfl_append_too)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_APPEND));
	FT_EQ(pwrite(fd, "X", 1, 1), 1);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcX", 4);
	FT_EQ(ft_offset(fd), 0);
}

FT_TABLE(appends_via, offset_pwrites)
{
	FT_FD int fd = offset_reopen("abc", O_RDWR | O_APPEND);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_EQ(row->wr(fd, "XY", 2, 0), 2);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 5);
	FT_MEMEQ(buf, "abcXY", 5);
	FT_EQ(ft_offset(fd), 1);
}
