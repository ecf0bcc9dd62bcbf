/*
 * socket/tcp_loopback_port0 - a TCP socket bound to 127.0.0.1 with port 0
 * gets a kernel-chosen ephemeral port that getsockname() reports; a client
 * connects to that address, accept() reports the client's loopback
 * address, and getpeername() on the client names the listener's address.
 * (Only the loopback address is ever used.)
 *
 * Cites: ip(7) "Address format" and "/proc interfaces" (ip_local_port_range:
 * port 0 allocates an ephemeral port); bind(2); tcp(7); getsockname(2);
 * accept(2) DESCRIPTION (addr).
 */
#include "socket.h"

FT_CASE("TCP over 127.0.0.1 with a kernel-chosen port",
	"ip(7) \"Address format\", \"/proc interfaces\"; tcp(7); getsockname(2); accept(2); bind(2)");

FT_POINT(port0_gets_ephemeral_port)
{
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	FT_EQ(a.sin_family, AF_INET);
	FT_NE(ntohs(a.sin_port), 0);
	FT_EQ(ntohl(a.sin_addr.s_addr), INADDR_LOOPBACK);
}

FT_POINT(connect_accept_addresses)
{
	struct sockaddr_in a, peer, cpeer, cself;
	FT_FD int l = sk_tcp_listener(&a, 0);
	FT_FD int c = sk_tcp_connect(&a);
	socklen_t len = sizeof peer;
	FT_FD int s = FT_SYS(accept4(l, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC));
	FT_EQ(len, sizeof peer);
	FT_EQ(ntohl(peer.sin_addr.s_addr), INADDR_LOOPBACK);
	len = sizeof cself;
	FT_SYS(getsockname(c, (struct sockaddr *)&cself, &len));
	FT_EQ(peer.sin_port, cself.sin_port);
	len = sizeof cpeer;
	FT_SYS(getpeername(c, (struct sockaddr *)&cpeer, &len));
	FT_EQ(cpeer.sin_port, a.sin_port);
	FT_EQ(cpeer.sin_addr.s_addr, a.sin_addr.s_addr);
	ft_write_all(c, "tcp", 3);
	char buf[4];
	FT_EQ(ft_read_all(s, buf, 3), 3);
	FT_MEMEQ(buf, "tcp", 3);
}
