/*
 * offset/lseek_whence - lseek() sets the offset relative to the start
 * (SEEK_SET), the current offset (SEEK_CUR, also backwards) or the
 * current size of the file (SEEK_END, backwards or beyond), returns the
 * resulting offset, and the next read starts there.
 *
 * Cites: lseek(2) DESCRIPTION and RETURN VALUE; POSIX lseek(3p).
 */
#include "fdtest.h"

FT_CASE("lseek SEEK_SET, SEEK_CUR and SEEK_END position the offset",
	"lseek(2) DESCRIPTION and RETURN VALUE; POSIX lseek(3p)");

FT_POINT(seek_set)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 3, SEEK_SET), 3);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'd');
}

FT_POINT(seek_cur_both_ways)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_EQ(lseek(fd, -3, SEEK_CUR), 1);
	FT_EQ(lseek(fd, 2, SEEK_CUR), 3);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'd');
}

FT_POINT(seek_end_tracks_size)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 0, SEEK_END), 6);
	FT_EQ(lseek(fd, -2, SEEK_END), 4);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'e');
	FT_EQ(pwrite(fd, "gh", 2, 6), 2); /* the file grows to 8 */
	FT_EQ(lseek(fd, -1, SEEK_END), 7);
	FT_EQ(lseek(fd, 5, SEEK_END), 13);
}
