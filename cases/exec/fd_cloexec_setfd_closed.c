/*
 * exec/fd_cloexec_setfd_closed - FD_CLOEXEC set with fcntl(F_SETFD),
 * before the fork or in the child just before execve, closes the
 * descriptor in the new image; clearing the flag with F_SETFD on a
 * descriptor opened O_CLOEXEC keeps it open across execve.  Variants:
 * every descriptor type, and the F_SETFD call repeated with identical
 * arguments.
 */
#include "exec.h"

FT_CASE("F_SETFD FD_CLOEXEC decides whether execve closes the descriptor",
	"fcntl(2) \"File descriptor flags\"; execve(2) \"Effect on process attributes\"; POSIX fcntl(3p), exec(3p)");

FT_POINT(set_before_fork)
{
	FT_FD int c = ft_tmpfile(NULL, NULL);
	FT_FD int k = ft_tmpfile(NULL, NULL);
	FT_SYS(fcntl(c, F_SETFD, FD_CLOEXEC));
	EX_CLOSED_KEPT(c, -1, k, -1);
}

static void set_flag(void *fd)
{
	FT_SYS(fcntl(*(int *)fd, F_SETFD, FD_CLOEXEC));
}

FT_POINT(set_in_child)
{
	struct ft_probe p;
	FT_FD int c = ft_tmpfile(NULL, NULL);
	FT_FD int k = ft_tmpfile(NULL, NULL);
	ft_exec_probe(&p, set_flag, &c);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
	FT_EQ(ft_getfd(c), 0); /* the parent's flag is its own */
}

FT_POINT(cleared_flag_survives)
{
	struct ft_probe p;
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fcntl(fd, F_SETFD, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_KEPT(&p, fd);
}

FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int marked = row->open();
	FT_FD int plain = row->open();
	FT_SYS(fcntl(marked, F_SETFD, FD_CLOEXEC));
	EX_CLOSED_KEPT(marked, -1, plain, -1);
}

FT_POINT(set_twice)
{
	FT_FD int marked = ft_tmpfile(NULL, NULL);
	FT_FD int plain = ft_tmpfile(NULL, NULL);
	FT_SYS(fcntl(marked, F_SETFD, FD_CLOEXEC));
	FT_SYS(fcntl(marked, F_SETFD, FD_CLOEXEC));
	EX_CLOSED_KEPT(marked, -1, plain, -1);
}

FT_POINT(cleared_twice)
{
	FT_FD int marked = ft_tmpfile(NULL, NULL);
	FT_FD int plain = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fcntl(marked, F_SETFD, FD_CLOEXEC));
	FT_SYS(fcntl(plain, F_SETFD, 0));
	FT_SYS(fcntl(plain, F_SETFD, 0));
	EX_CLOSED_KEPT(marked, -1, plain, -1);
}
