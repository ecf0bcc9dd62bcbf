/*
 * dup/fork_shares_nonblock - O_NONBLOCK set or cleared with F_SETFL after
 * fork() in one process applies to the other's descriptor too, because
 * both refer to one open file description: a read of an empty pipe then
 * fails with EAGAIN in the other process instead of waiting.
 *
 * Cites: fork(2) DESCRIPTION (open file status flags are shared);
 * fcntl(2) "File status flags"; pipe(7) "I/O on pipes and FIFOs".
 */
#include "fdtest.h"

FT_CASE("O_NONBLOCK set with F_SETFL is shared across fork in both directions",
	"fork(2) DESCRIPTION; fcntl(2) \"File status flags\"; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(child_sets_parent_sees)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_NONBLOCK));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
}

FT_POINT(parent_sets_child_sees)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FDS int g[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_SYS(pipe(g));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_EQ(read(g[0], &c, 1), 1);
		FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
		FT_ERRNO(read(p[0], &c, 1), EAGAIN);
		_exit(0);
	}
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_NONBLOCK));
	FT_EQ(write(g[1], "go", 1), 1);
	FT_CHILD_OK(pid);
}

FT_POINT(child_clears_parent_sees)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe2(p, O_NONBLOCK));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(p[1], F_SETFL, ft_getfl(p[1]) & ~O_NONBLOCK));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_CLEAR(ft_getfl(p[1]), O_NONBLOCK);
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK); /* the other end: untouched */
}
