/*
 * epoll/hup_socket_peer_closed - when the peer of a connected stream
 * socket is closed, epoll reports EPOLLHUP (and EPOLLRDHUP when asked
 * for), and a read then returns EOF.  EPOLLHUP needs no request:
 * it is reported for an entry registered with an empty event mask.
 */
#include <sys/socket.h>
#include "epoll.h"

FT_CASE("EPOLLHUP is reported after the socketpair peer closes",
	"epoll_ctl(2) DESCRIPTION EPOLLHUP, EPOLLRDHUP; poll(2) POLLHUP");

FT_POINT(hup_and_rdhup_after_peer_close)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_socketpair(sv, EPOLLIN | EPOLLRDHUP);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ft_close(&sv[1]);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].events & (EPOLLHUP | EPOLLRDHUP), EPOLLHUP | EPOLLRDHUP);
	char c;
	FT_EQ(read(sv[0], &c, 1), 0);
}

FT_POINT(hup_reported_unrequested)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ep_add(ep, sv[0], 0, 2);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ft_close(&sv[1]);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_NE(out[0].events & EPOLLHUP, 0);
	FT_EQ(out[0].events & EPOLLIN, 0); /* not asked for */
	FT_EQ(out[0].data.u64, 2);
}
