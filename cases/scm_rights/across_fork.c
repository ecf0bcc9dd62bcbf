/*
 * scm_rights/across_fork - descriptors pass between processes, not just
 * within one: a child opens a file (and a pipe) the parent never had,
 * sends them to the parent over an inherited socketpair and exits; the
 * parent receives working descriptors for them, and the open file
 * descriptions outlive the child.
 */
#include "scm_rights.h"

FT_CASE("a child can pass descriptors it opened to its parent",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; fork(2) DESCRIPTION");

FT_POINT(child_sends_file_to_parent)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&sv[1]);
		int fd = ft_tmpfile("from the child", NULL);
		FT_EQ(lseek(fd, 5, SEEK_SET), 5);
		SCM_SEND1(sv[0], fd);
		_exit(0);
	}
	ft_close(&sv[0]);
	FT_CHILD_OK(pid);
	FT_FD int r = scm_recv1(sv[1]);
	FT_EQ(ft_offset(r), 5);
	char buf[16] = "";
	FT_EQ(read(r, buf, sizeof buf), 9);
	FT_MEMEQ(buf, "the child", 9);
}

FT_POINT(child_pipe_outlives_child)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	pid_t pid = ft_fork();
	if (pid == 0) {
		int p[2];
		ft_close(&sv[1]);
		FT_SYS(pipe(p));
		FT_EQ(write(p[1], "abc", 3), 3);
		FT_EQ(scm_send(sv[0], p, 2, "x", 1), 1);
		_exit(0);
	}
	ft_close(&sv[0]);
	FT_CHILD_OK(pid);
	struct scm_got g;
	char c, buf[4];
	FT_EQ(scm_recv(sv[1], &c, 1, 2, 0, &g), 1);
	FT_EQ(g.nfds, 2);
	FT_EQ(read(g.fds[0], buf, sizeof buf), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(write(g.fds[1], "d", 1), 1);
	FT_EQ(read(g.fds[0], buf, sizeof buf), 1);
	close(g.fds[1]);
	FT_EQ(read(g.fds[0], buf, sizeof buf), 0);
	close(g.fds[0]);
}
