/*
 * dup/shares_offset - a descriptor made by dup() refers to the same open
 * file description as the original, so the file offset is one value that
 * reads, writes and lseek through either descriptor move for both.
 *
 * Cites: dup(2) DESCRIPTION (the two descriptors share offset and status
 * flags); open(2) NOTES "Open file descriptions"; POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup'd descriptors share one file offset",
	"dup(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"; POSIX dup(3p)");

FT_POINT(read_moves_both)
{
	int fd = ft_tmpfile("abcdef", NULL);
	int d = FT_SYS(dup(fd));
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(ft_offset(d), 1);
	FT_EQ(read(d, &c, 1), 1);
	FT_EQ(c, 'b');
	FT_EQ(ft_offset(fd), 2);
	close(d);
	close(fd);
}

FT_POINT(lseek_moves_both)
{
	int fd = ft_tmpfile("abcdef", NULL);
	int d = FT_SYS(dup(fd));
	FT_EQ(lseek(d, 4, SEEK_SET), 4);
	FT_EQ(ft_offset(fd), 4);
	close(d);
	close(fd);
}

FT_POINT(write_moves_both)
{
	int fd = ft_tmpfile(NULL, NULL);
	int d = FT_SYS(dup(fd));
	FT_EQ(write(fd, "xy", 2), 2);
	FT_EQ(write(d, "z", 1), 1);
	char buf[8] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "xyz", 3);
	close(d);
	close(fd);
}
