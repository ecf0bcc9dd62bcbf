/*
 * socket/lowest_free_descriptor - the socket calls allocate descriptors
 * like every other call: socket() and accept()/accept4() return the
 * lowest-numbered free descriptor, and socketpair() puts its two sockets
 * on the two lowest free numbers.  (alloc/ covers allocation in depth.)
 */
#include "socket.h"

FT_CASE("socket, socketpair, accept and accept4 take the lowest free descriptors",
	"socket(2); socketpair(2); accept(2); POSIX XSH 2.14 File Descriptor Allocation");

/* The lowest free number above n. */
static int free_above(int n)
{
	while (ft_is_open(++n))
		;
	return n;
}

FT_POINT(socket_takes_lowest)
{
	int h = ft_lowest_free();
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_EQ(s, h);
}

FT_POINT(socketpair_takes_two_lowest)
{
	int h = ft_lowest_free(), next = free_above(h);
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	FT_EQ(sv[0], h);
	FT_EQ(sv[1], next);
}

FT_POINT(accept_and_accept4_take_lowest)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, 0);
	FT_FD int c1 = sk_unix_connect(&a), c2 = sk_unix_connect(&a);
	int h = ft_lowest_free();
	FT_FD int s1 = FT_SYS(accept(l, NULL, NULL));
	FT_EQ(s1, h);
	h = ft_lowest_free();
	FT_FD int s2 = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_EQ(s2, h);
}
