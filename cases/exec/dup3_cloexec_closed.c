/*
 * exec/dup3_cloexec_closed - dup3(oldfd, newfd, O_CLOEXEC) makes newfd
 * close-on-exec, so execve closes it while oldfd stays; plain dup3 with
 * flags 0 makes a duplicate that survives.  Variants: every descriptor
 * type, and newfd above 63 and above 1023.
 */
#include "exec.h"

FT_CASE("dup3 O_CLOEXEC duplicates are closed by execve",
	"dup(2) DESCRIPTION (dup3); execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"");

static void check(int orig, int first)
{
	FT_FD int marked = FT_SYS(dup3(orig, first, O_CLOEXEC));
	FT_EQ(marked, first);
	int second = first + 1;
	while (ft_is_open(second))
		second++;
	FT_FD int plain = FT_SYS(dup3(orig, second, 0));
	FT_EQ(plain, second);
	EX_CLOSED_KEPT(marked, -1, plain, orig);
}

FT_POINT(cloexec_duplicate_closed)
{
	FT_FD int orig = ft_tmpfile("abc", NULL);
	check(orig, ft_free_run(2));
}

FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int orig = row->open();
	check(orig, ft_free_run(2));
}

FT_TABLE(newfd, ex_numbers)
{
	FT_FD int orig = ft_tmpfile("abc", NULL);
	check(orig, ex_number_from(row->min));
}
