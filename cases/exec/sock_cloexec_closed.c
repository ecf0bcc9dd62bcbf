/*
 * exec/sock_cloexec_closed - SOCK_CLOEXEC in the type of socket() and
 * socketpair(), and in the flags of accept4(), makes the new socket
 * descriptors close-on-exec: execve closes them and keeps sockets made
 * without the flag.
 *
 * Cites: socket(2) DESCRIPTION (SOCK_CLOEXEC, Linux 2.6.27);
 * socketpair(2) NOTES; accept(2) DESCRIPTION (accept4 SOCK_CLOEXEC);
 * execve(2) "Effect on process attributes".
 */
#include "exec.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("SOCK_CLOEXEC sockets are closed by execve",
	"socket(2) DESCRIPTION; socketpair(2) NOTES; accept(2) DESCRIPTION (accept4); execve(2) \"Effect on process attributes\"");

FT_POINT(socket)
{
	struct ft_probe p;
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_FD int k = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}

FT_POINT(socketpair)
{
	struct ft_probe p;
	FT_FDS int c[2] = FT_NO_FDS, k[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, c);
	ft_socketpair(AF_UNIX, SOCK_STREAM, k);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c[0]);
	EX_GONE(&p, c[1]);
	EX_KEPT(&p, k[0]);
	EX_KEPT(&p, k[1]);
}

FT_POINT(accept4)
{
	struct ft_probe p;
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	snprintf(sa.sun_path, sizeof sa.sun_path, "sock");
	FT_FD int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&sa, sizeof sa));
	FT_SYS(listen(l, 2));
	FT_FD int a = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_FD int b = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(a, (struct sockaddr *)&sa, sizeof sa));
	FT_SYS(connect(b, (struct sockaddr *)&sa, sizeof sa));
	FT_FD int c = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_FD int k = FT_SYS(accept4(l, NULL, NULL, 0));
	FT_EQ(ft_getfd(c), FD_CLOEXEC);
	ft_exec_probe(&p, NULL, NULL);
	EX_GONE(&p, c);
	EX_KEPT(&p, k);
}
