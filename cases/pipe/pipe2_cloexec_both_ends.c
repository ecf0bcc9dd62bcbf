/*
 * pipe/pipe2_cloexec_both_ends - pipe2(O_CLOEXEC) sets FD_CLOEXEC on both
 * new descriptors, so neither end survives execve(); pipe() and pipe2(0)
 * leave it clear on both, and both ends are inherited by an exec'd program.
 */
#include "pipe.h"

FT_CASE("pipe2(O_CLOEXEC) sets close-on-exec on both ends",
	"pipe(2) O_CLOEXEC; fcntl(2) \"File descriptor flags\"; execve(2)");

FT_POINT(fd_cloexec_on_both)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_FLAG_SET(ft_getfd(p[0]), FD_CLOEXEC);
	FT_FLAG_SET(ft_getfd(p[1]), FD_CLOEXEC);
}

FT_POINT(without_flag_neither)
{
	FT_FDS int p[2] = FT_NO_FDS, q[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_pipe(q, 0);
	FT_FLAG_CLEAR(ft_getfd(p[0]), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfd(p[1]), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfd(q[0]), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfd(q[1]), FD_CLOEXEC);
}

FT_POINT(exec_closes_both)
{
	FT_FDS int p[2] = FT_NO_FDS, q[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	ft_pipe(q, 0);
	static struct ft_probe pr;
	ft_exec_probe(&pr, NULL, NULL);
	FT_TRUE(ft_probe_find(&pr, p[0]) == NULL);
	FT_TRUE(ft_probe_find(&pr, p[1]) == NULL);
	const struct ft_probe_fd *r = ft_probe_find(&pr, q[0]);
	const struct ft_probe_fd *w = ft_probe_find(&pr, q[1]);
	FT_TRUE(r != NULL && w != NULL);
	FT_STREQ(r->type, "fifo");
	FT_STREQ(w->type, "fifo");
}
