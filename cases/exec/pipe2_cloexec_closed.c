/*
 * exec/pipe2_cloexec_closed - both ends of a pipe made by pipe2() with
 * O_CLOEXEC are closed by execve; both ends of a plain pipe survive.
 *
 * Cites: pipe(2) DESCRIPTION (pipe2 O_CLOEXEC; Linux 2.6.27); execve(2)
 * "Effect on process attributes"; fcntl(2) "File descriptor flags".
 */
#include "exec.h"

FT_CASE("pipe2 O_CLOEXEC ends are closed by execve",
	"pipe(2) DESCRIPTION (pipe2 O_CLOEXEC); execve(2) \"Effect on process attributes\"; fcntl(2) \"File descriptor flags\"");

FT_POINT(both_ends_closed)
{
	struct ft_probe p;
	FT_FDS int c[2] = FT_NO_FDS, k[2] = FT_NO_FDS;
	ft_pipe(c, O_CLOEXEC);
	ft_pipe(k, 0);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c[0]);
	EX_GONE(&p, c[1]);
	EX_KEPT(&p, k[0]);
	EX_KEPT(&p, k[1]);
}
