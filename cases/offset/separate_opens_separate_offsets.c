/*
 * offset/separate_opens_separate_offsets - every open() of a file makes a
 * new open file description with its own offset and status flags: reading
 * or seeking through one descriptor does not move the other, although
 * both see the same data.
 *
 * Cites: open(2) NOTES "Open file descriptions" (each open() creates a new
 * open file description); lseek(2) DESCRIPTION; POSIX open(3p).
 */
#include "fdtest.h"

FT_CASE("two open() calls of one file have independent offsets",
	"open(2) NOTES \"Open file descriptions\"; lseek(2) DESCRIPTION; POSIX open(3p)");

FT_POINT(read_moves_one)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("abcdef", path);
	FT_FD int b = FT_SYS(open(path, O_RDONLY));
	char buf[3];
	FT_EQ(read(a, buf, 3), 3);
	FT_EQ(ft_offset(b), 0);
	FT_EQ(read(b, buf, 1), 1);
	FT_EQ(buf[0], 'a');
	FT_EQ(ft_offset(a), 3);
}

FT_POINT(lseek_moves_one)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("abcdef", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_EQ(lseek(b, 4, SEEK_SET), 4);
	FT_EQ(ft_offset(a), 0);
}

FT_POINT(data_shared_flags_not)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("abc", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_EQ(write(a, "X", 1), 1);
	char c;
	FT_EQ(read(b, &c, 1), 1);
	FT_EQ(c, 'X'); /* one file, one data */
	FT_SYS(fcntl(a, F_SETFL, ft_getfl(a) | O_APPEND));
	FT_FLAG_CLEAR(ft_getfl(b), O_APPEND);
}
