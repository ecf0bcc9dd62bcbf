/*
 * epoll/rdhup_shutdown_write - EPOLLRDHUP (Linux 2.6.17) reports that the
 * peer of a stream socket shut down its writing half: after the peer's
 * shutdown(SHUT_WR) the entry reports EPOLLRDHUP but not EPOLLHUP (the
 * connection is still half open), and only when EPOLLRDHUP was requested.
 */
#include <sys/socket.h>
#include "epoll.h"

FT_CASE("EPOLLRDHUP is reported when the peer shuts down writing",
	"epoll_ctl(2) DESCRIPTION EPOLLRDHUP (Linux 2.6.17); shutdown(2)");

FT_POINT(rdhup_without_hup)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_socketpair(sv, EPOLLIN | EPOLLRDHUP);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	FT_SYS(shutdown(sv[1], SHUT_WR));
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_NE(out[0].events & EPOLLRDHUP, 0);
	FT_EQ(out[0].events & EPOLLHUP, 0);
	/* the other direction still works */
	FT_EQ(write(sv[0], "x", 1), 1);
	char c;
	FT_EQ(read(sv[1], &c, 1), 1);
}

FT_POINT(rdhup_only_when_requested)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_socketpair(sv, EPOLLOUT);
	FT_SYS(shutdown(sv[1], SHUT_WR));
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].events, EPOLLOUT);
}
