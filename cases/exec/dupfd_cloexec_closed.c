/*
 * exec/dupfd_cloexec_closed - the duplicate made by
 * fcntl(F_DUPFD_CLOEXEC) is closed by execve, while the original it was
 * copied from (without the flag) stays open in the new image.
 *
 * Cites: fcntl(2) "Duplicating a file descriptor" (F_DUPFD_CLOEXEC,
 * Linux 2.6.24) and "File descriptor flags"; execve(2) "Effect on process
 * attributes"; POSIX fcntl(3p).
 */
#include "exec.h"

FT_CASE("F_DUPFD_CLOEXEC duplicates are closed by execve",
	"fcntl(2) \"Duplicating a file descriptor\", \"File descriptor flags\"; execve(2) \"Effect on process attributes\"; POSIX fcntl(3p)");

FT_POINT(duplicate_closed_original_kept)
{
	struct ft_probe p;
	FT_FD int k = ft_tmpfile("abc", NULL);
	FT_FD int c = FT_SYS(fcntl(k, F_DUPFD_CLOEXEC, 0));
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
