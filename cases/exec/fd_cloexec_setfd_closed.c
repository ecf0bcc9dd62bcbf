/*
 * exec/fd_cloexec_setfd_closed - FD_CLOEXEC set with fcntl(F_SETFD),
 * before the fork or in the child just before execve, closes the
 * descriptor in the new image; clearing the flag with F_SETFD on a
 * descriptor opened O_CLOEXEC keeps it open across execve.
 *
 * Cites: fcntl(2) "File descriptor flags" (F_SETFD, FD_CLOEXEC);
 * execve(2) "Effect on process attributes"; POSIX fcntl(3p), exec(3p).
 */
#include "exec.h"

FT_CASE("F_SETFD FD_CLOEXEC decides whether execve closes the descriptor",
	"fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"; POSIX fcntl(3p), exec(3p)");

FT_POINT(set_before_fork)
{
	struct ft_probe p;
	int c = ft_tmpfile(NULL, NULL), k = ft_tmpfile(NULL, NULL);
	FT_SYS(fcntl(c, F_SETFD, FD_CLOEXEC));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
	close(c);
	close(k);
}

static void set_flag(void *fd)
{
	FT_SYS(fcntl(*(int *)fd, F_SETFD, FD_CLOEXEC));
}

FT_POINT(set_in_child)
{
	struct ft_probe p;
	int c = ft_tmpfile(NULL, NULL), k = ft_tmpfile(NULL, NULL);
	ft_exec_probe(&p, set_flag, &c);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
	FT_EQ(ft_getfd(c), 0); /* the parent's flag is its own */
	close(c);
	close(k);
}

FT_POINT(cleared_flag_survives)
{
	struct ft_probe p;
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fcntl(fd, F_SETFD, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_KEPT(&p, fd);
}
