/*
 * socket/shutdown_errors - shutdown() checks its descriptor: a descriptor
 * that is not a socket gives ENOTSOCK, a closed one EBADF, an unconnected
 * TCP socket ENOTCONN, and an invalid how EINVAL (for UNIX sockets since
 * Linux 3.7).
 *
 * Cites: shutdown(2) ERRORS and BUGS (validity of how, fixed for UNIX
 * sockets in Linux 3.7).
 */
#include "socket.h"

FT_CASE("shutdown fails with ENOTSOCK, EBADF, ENOTCONN and EINVAL where documented",
	"shutdown(2) ERRORS, BUGS");

FT_POINT(not_a_socket_enotsock)
{
	int p[2];
	FT_SYS(pipe2(p, O_CLOEXEC));
	FT_ERRNO(shutdown(p[1], SHUT_WR), ENOTSOCK);
	close(p[0]);
	close(p[1]);
}

FT_POINT(closed_fd_ebadf)
{
	int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	close(s);
	FT_ERRNO(shutdown(s, SHUT_RDWR), EBADF);
}

FT_POINT(unconnected_tcp_enotconn)
{
	int s = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(shutdown(s, SHUT_WR), ENOTCONN);
	close(s);
}

FT_POINT(bad_how_einval)
{
	int sv[2];
	sk_pair(sv);
	FT_ERRNO(shutdown(sv[0], 7), EINVAL);
	char c;
	FT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN); /* no EOF */
	sk_close2(sv);
}
