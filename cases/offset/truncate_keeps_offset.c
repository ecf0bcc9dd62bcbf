/*
 * offset/truncate_keeps_offset - ftruncate() changes the size of the file
 * but not the file offset: after shrinking below the offset a read returns
 * 0 and a write there leaves a zero-filled gap; growing the file does not
 * move the offset either.
 *
 * Cites: truncate(2) DESCRIPTION (the file offset is not changed;
 * extension reads as null bytes); POSIX ftruncate(3p).
 */
#include "fdtest.h"

FT_CASE("ftruncate does not move the file offset",
	"truncate(2) DESCRIPTION; POSIX ftruncate(3p)");

FT_POINT(shrink_below_offset)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 5, SEEK_SET), 5);
	FT_SYS(ftruncate(fd, 2));
	FT_EQ(ft_offset(fd), 5);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 0);
	FT_EQ(write(fd, "Z", 1), 1);
	FT_EQ(pread(fd, buf, sizeof buf, 0), 6);
	FT_MEMEQ(buf, "ab\0\0\0Z", 6);
}

FT_POINT(grow_keeps_offset)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_SYS(ftruncate(fd, 100));
	FT_EQ(ft_offset(fd), 1);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'b');
}
