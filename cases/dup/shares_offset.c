/*
 * dup/shares_offset - a descriptor made by any call of the dup family
 * (dup, dup2, dup3 with and without O_CLOEXEC, F_DUPFD, F_DUPFD_CLOEXEC)
 * refers to the same open file description as the original, so the file
 * offset is one value that reads, writes and lseek through either
 * descriptor move for both.
 */
#include "fdtest.h"

FT_CASE("dup'd descriptors share one file offset",
	"dup(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"; "
	"fcntl(2) \"Duplicating a file descriptor\"; POSIX dup(3p)");

FT_POINT(read_moves_both)
{
	FT_FD int orig = ft_tmpfile("abcdef", NULL);
	FT_FD int copy = FT_SYS(dup(orig));
	char c;
	FT_EQ(read(orig, &c, 1), 1);
	FT_EQ(ft_offset(copy), 1);
	FT_EQ(read(copy, &c, 1), 1);
	FT_EQ(c, 'b');
	FT_EQ(ft_offset(orig), 2);
}

FT_POINT(lseek_moves_both)
{
	FT_FD int orig = ft_tmpfile("abcdef", NULL);
	FT_FD int copy = FT_SYS(dup(orig));
	FT_EQ(lseek(copy, 4, SEEK_SET), 4);
	FT_EQ(ft_offset(orig), 4);
}

FT_POINT(write_moves_both)
{
	FT_FD int orig = ft_tmpfile(NULL, NULL);
	FT_FD int copy = FT_SYS(dup(orig));
	FT_EQ(write(orig, "xy", 2), 2);
	FT_EQ(write(copy, "z", 1), 1);
	char buf[8] = "";
	FT_EQ(pread(orig, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "xyz", 3);
}

/* Every call of the family, each way of moving the offset. */
FT_TABLE(moved_via, ft_dup_kinds)
{
	FT_FD int orig = ft_tmpfile("abcdef", NULL);
	FT_FD int copy = FT_SYS(row->dup(orig));
	char c;
	FT_EQ(read(copy, &c, 1), 1);
	FT_EQ(ft_offset(orig), 1);
	FT_EQ(lseek(orig, 4, SEEK_SET), 4);
	FT_EQ(ft_offset(copy), 4);
	FT_EQ(write(copy, "z", 1), 1);
	FT_EQ(ft_offset(orig), 5);
}
