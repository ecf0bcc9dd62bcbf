/*
 * socket/sock_nonblock_cloexec_flags - SOCK_NONBLOCK in the type argument of
 * socket() or socketpair() sets O_NONBLOCK on the new open file
 * description(s), so an empty receive fails with EAGAIN, and SOCK_CLOEXEC
 * sets FD_CLOEXEC on the new descriptor(s); without them neither is set.
 * Added in Linux 2.6.27.
 */
#include "socket.h"

FT_CASE("SOCK_NONBLOCK and SOCK_CLOEXEC on socket and socketpair",
	"socket(2) DESCRIPTION (SOCK_NONBLOCK, SOCK_CLOEXEC); socketpair(2)");

FT_POINT(socket_nonblock)
{
	FT_FD int s = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
	FT_FLAG_SET(ft_getfl(s), O_NONBLOCK);
}

FT_POINT(socketpair_nonblock_both)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, sv);
	FT_FLAG_SET(ft_getfl(sv[0]), O_NONBLOCK);
	FT_FLAG_SET(ft_getfl(sv[1]), O_NONBLOCK);
	char c;
	FT_ERRNO(recv(sv[0], &c, 1, 0), EAGAIN);
	FT_ERRNO(read(sv[1], &c, 1), EAGAIN);
}

FT_POINT(cloexec)
{
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_FLAG_SET(ft_getfd(s), FD_CLOEXEC);
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, sv);
	FT_FLAG_SET(ft_getfd(sv[0]), FD_CLOEXEC);
	FT_FLAG_SET(ft_getfd(sv[1]), FD_CLOEXEC);
}

FT_POINT(without_flags_neither)
{
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM, 0));
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	int fds[3] = { s, sv[0], sv[1] };
	for (int i = 0; i < 3; i++) {
		FT_FLAG_CLEAR(ft_getfd(fds[i]), FD_CLOEXEC);
		FT_FLAG_CLEAR(ft_getfl(fds[i]), O_NONBLOCK);
	}
}
