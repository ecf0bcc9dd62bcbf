/*
 * socket/shutdown_errors - shutdown() checks its descriptor: a descriptor
 * that is not a socket gives ENOTSOCK, a closed one EBADF, an unconnected
 * TCP socket ENOTCONN, and an invalid how EINVAL (for UNIX sockets since
 * Linux 3.7).
 */
#include "socket.h"

FT_CASE("shutdown fails with ENOTSOCK, EBADF, ENOTCONN and EINVAL where documented",
	"shutdown(2) ERRORS, BUGS");

FT_POINT(not_a_socket_enotsock)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_ERRNO(shutdown(p[1], SHUT_WR), ENOTSOCK);
}

FT_POINT(closed_fd_ebadf)
{
	int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	close(s);
	FT_ERRNO(shutdown(s, SHUT_RDWR), EBADF);
}

FT_POINT(unconnected_tcp_enotconn)
{
	FT_FD int s = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(shutdown(s, SHUT_WR), ENOTCONN);
}

FT_POINT(bad_how_einval)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	FT_ERRNO(shutdown(sv[0], 7), EINVAL);
	char c;
	FT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN); /* no EOF */
}
