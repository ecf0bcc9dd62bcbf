/*
 * offset/read_at_eof_returns_zero - a read() at or past the end of a
 * regular file returns 0 and leaves the offset where it was; a read with
 * count 0 transfers nothing and does not move the offset either.
 *
 * Cites: read(2) DESCRIPTION (at or past end of file no bytes are read
 * and read returns zero; count 0 has no other effects) and RETURN VALUE;
 * POSIX read(3p).
 */
#include "fdtest.h"

FT_CASE("read at end of file returns 0 and keeps the offset",
	"read(2) DESCRIPTION and RETURN VALUE; POSIX read(3p)");

FT_POINT(at_eof)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 3);
	FT_EQ(read(fd, buf, sizeof buf), 0);
	FT_EQ(ft_offset(fd), 3);
	FT_EQ(read(fd, buf, sizeof buf), 0); /* again: still at EOF */
	FT_EQ(ft_offset(fd), 3);
}

FT_POINT(past_eof)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(lseek(fd, 10, SEEK_SET), 10);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 0);
	FT_EQ(ft_offset(fd), 10);
}

FT_POINT(empty_file)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	char c;
	FT_EQ(read(fd, &c, 1), 0);
	FT_EQ(ft_offset(fd), 0);
}

FT_POINT(zero_count)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char c = 'z';
	FT_EQ(read(fd, &c, 0), 0);
	FT_EQ(c, 'z');
	FT_EQ(ft_offset(fd), 1);
}
