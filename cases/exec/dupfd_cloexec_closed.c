/*
 * exec/dupfd_cloexec_closed - the duplicate made by
 * fcntl(F_DUPFD_CLOEXEC) is closed by execve, while the original it was
 * copied from (without the flag) and a copy made by plain F_DUPFD stay
 * open in the new image.  Variants: every descriptor type, and a minimum
 * above 63 and above 1023.
 */
#include "exec.h"

FT_CASE("F_DUPFD_CLOEXEC duplicates are closed by execve",
	"fcntl(2) \"Duplicating a file descriptor\", \"File descriptor flags\"; execve(2) \"Effect on process attributes\"; POSIX fcntl(3p)");

static void check(int orig, int min)
{
	FT_FD int marked = FT_SYS(fcntl(orig, F_DUPFD_CLOEXEC, min));
	FT_GE(marked, min);
	FT_FD int plain = FT_SYS(fcntl(orig, F_DUPFD, min));
	FT_GE(plain, min);
	EX_CLOSED_KEPT(marked, -1, plain, orig);
}

FT_POINT(duplicate_closed_original_kept)
{
	FT_FD int orig = ft_tmpfile("abc", NULL);
	check(orig, 0);
}

FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int orig = row->open();
	check(orig, 0);
}

FT_TABLE(minimum, ex_numbers)
{
	FT_FD int orig = ft_tmpfile("abc", NULL);
	check(orig, ex_number_from(row->min));
}
