/*
 * exec/dup3_cloexec_closed - dup3(oldfd, newfd, O_CLOEXEC) makes newfd
 * close-on-exec, so execve closes it while oldfd stays; plain dup3 with
 * flags 0 makes a duplicate that survives.
 *
 * Cites: dup(2) DESCRIPTION (dup3, O_CLOEXEC; Linux 2.6.27); execve(2)
 * "Effect on process attributes"; fcntl(2) "File descriptor flags".
 */
#include "exec.h"

FT_CASE("dup3 O_CLOEXEC duplicates are closed by execve",
	"dup(2) DESCRIPTION (dup3); execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"");

FT_POINT(cloexec_duplicate_closed)
{
	struct ft_probe p;
	FT_FD int k = ft_tmpfile("abc", NULL);
	int n = ft_free_run(2);
	FT_EQ(dup3(k, n, O_CLOEXEC), n);
	FT_EQ(dup3(k, n + 1, 0), n + 1);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, n);
	EX_KEPT(&p, n + 1);
	EX_KEPT(&p, k);
	close(n);
	close(n + 1);
}
