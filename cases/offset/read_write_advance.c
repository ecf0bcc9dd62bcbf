/*
 * offset/read_write_advance - read() and write() on a regular file start
 * at the file offset and advance it by exactly the number of bytes
 * transferred: a short read near end-of-file advances only by what it
 * returned.
 *
 * Cites: read(2) DESCRIPTION and RETURN VALUE (the file position is
 * advanced by the number of bytes read); write(2) DESCRIPTION (the offset
 * is incremented by the bytes written); POSIX read(3p), write(3p).
 */
#include "fdtest.h"

FT_CASE("read and write advance the offset by the bytes transferred",
	"read(2) DESCRIPTION and RETURN VALUE; write(2) DESCRIPTION; POSIX read(3p), write(3p)");

FT_POINT(read_advances)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	char buf[4];
	FT_EQ(read(fd, buf, 2), 2);
	FT_EQ(ft_offset(fd), 2);
	FT_EQ(read(fd, buf, 3), 3);
	FT_MEMEQ(buf, "cde", 3);
	FT_EQ(ft_offset(fd), 5);
}

FT_POINT(short_read_advances_by_result)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	char buf[16];
	FT_EQ(read(fd, buf, sizeof buf), 2);
	FT_EQ(ft_offset(fd), 6);
}

FT_POINT(write_advances)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_EQ(write(fd, "abc", 3), 3);
	FT_EQ(ft_offset(fd), 3);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	FT_EQ(write(fd, "XY", 2), 2); /* overwrites in place */
	FT_EQ(ft_offset(fd), 3);
	char buf[4];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "aXY", 3);
}
