/*
 * socket/accept_nonblock_listener_eagain - accept() on a non-blocking
 * listening socket with no pending connection fails at once with EAGAIN
 * (or EWOULDBLOCK); once a connection is pending, poll() reports the
 * listener readable and accept() returns it.
 */
#include "socket.h"

FT_CASE("accept on a non-blocking listener with nothing pending fails with EAGAIN",
	"accept(2) DESCRIPTION, ERRORS EAGAIN/EWOULDBLOCK");

static void expect_eagain(int l)
{
	FT_ERRNO_ANY(accept(l, NULL, NULL), EAGAIN, EWOULDBLOCK);
}

FT_POINT(sock_nonblock_listener)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, SOCK_NONBLOCK);
	expect_eagain(l);
}

FT_POINT(setfl_nonblock_listener)
{
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	int fl = ft_getfl(l);
	FT_SYS(fcntl(l, F_SETFL, fl | O_NONBLOCK));
	expect_eagain(l);
}

FT_POINT(pending_connection_accepted)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, SOCK_NONBLOCK);
	expect_eagain(l);
	FT_FD int c = sk_unix_connect(&a);
	FT_EQ(ft_poll_in(l, 1000), 1);
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	expect_eagain(l);
}
