/*
 * shim pipe_is_socketpair: pipe() and pipe2() hand out a connected UNIX
 * stream socket pair, as on systems with bidirectional pipes: both "ends"
 * read and write, they are two sockets with two inodes, and /proc names
 * them as sockets.
 *
 * fdsuite-targets: pipe/unidirectional_ebadf pipe/ends_share_inode pipe/proc_fd_link_names_pipe
 */
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

int pipe2(int p[2], int flags)
{
	int type = SOCK_STREAM;
	if (flags & O_CLOEXEC)
		type |= SOCK_CLOEXEC;
	if (flags & O_NONBLOCK)
		type |= SOCK_NONBLOCK;
	return socketpair(AF_UNIX, type, 0, p);
}

int pipe(int p[2])
{
	return pipe2(p, 0);
}
