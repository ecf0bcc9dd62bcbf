/*
 * fork/inherited_fds_same_files - each descriptor a forked child inherits
 * refers to the same open file as the parent's: the same inode for a
 * regular file, the same pipe and the same socket, so data written
 * through the child's copy is seen through the parent's and back.  For
 * every type of descriptor the child's copy shares the parent's open
 * file description: a status flag the child sets is seen by the parent.
 *
 * Cites: fork(2) DESCRIPTION ("Each file descriptor in the child refers
 * to the same open file description"); open(2) NOTES "Open file
 * descriptions"; POSIX fork(3p).
 */
#include "fork.h"
#include <sys/socket.h>

FT_CASE("descriptors inherited through fork refer to the parent's files",
	"fork(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"; POSIX fork(3p)");

FT_POINT(file_same_inode_and_data)
{
	char path[FT_PATH_MAX], buf[8] = "";
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FDS int go[2] = FT_NO_FDS;
	ft_pipe(go, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_TRUE(fk_same_file(fd, path));
		FT_EQ(pwrite(fd, "CH", 2, 2), 2);
		FT_EQ(read(go[0], buf, 1), 1); /* parent has written */
		FT_EQ(pread(fd, buf, 2, 6), 2);
		FT_MEMEQ(buf, "PA", 2);
		_exit(0);
	}
	ft_close(&go[0]);
	FT_EQ(pwrite(fd, "PA", 2, 6), 2);
	FT_EQ(write(go[1], "x", 1), 1);
	FT_CHILD_OK(pid);
	FT_EQ(pread(fd, buf, 2, 2), 2);
	FT_MEMEQ(buf, "CH", 2);
}

FT_POINT(pipe_same_pipe)
{
	FT_FDS int p[2] = FT_NO_FDS;
	char c = 0;
	FT_SYS(pipe(p));
	struct stat pst;
	FT_SYS(fstat(p[0], &pst));
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct stat cst;
		FT_SYS(fstat(p[1], &cst));
		FT_EQ(cst.st_ino, pst.st_ino);
		FT_EQ(write(p[1], "k", 1), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(c, 'k');
}

FT_POINT(socket_same_socket)
{
	FT_FDS int s[2] = FT_NO_FDS;
	char c = 0;
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(send(s[0], "q", 1, 0), 1);
		FT_EQ(recv(s[0], &c, 1, 0), 1); /* the parent's answer */
		FT_EQ(c, 'a');
		_exit(0);
	}
	FT_EQ(recv(s[1], &c, 1, 0), 1);
	FT_EQ(c, 'q');
	FT_EQ(send(s[1], "a", 1, 0), 1);
	FT_CHILD_OK(pid);
}

FT_TABLE(shares_description_for, ft_fd_kinds)
{
	FT_FD int fd = row->open();
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_NONBLOCK));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
}
