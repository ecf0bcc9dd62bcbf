/*
 * epoll/events_combined - several events on one entry between two
 * epoll_wait() calls are combined: the entry is returned once, with the
 * union of its ready events, not once per write or per event type.
 */
#include <sys/socket.h>
#include "epoll.h"

FT_CASE("events between two epoll_wait calls are combined into one entry",
	"epoll(7) \"Questions and answers\" Q8; epoll_wait(2) DESCRIPTION");

FT_POINT(several_writes_one_event)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ep_add(ep, p[0], EPOLLIN | EPOLLET, 5);
	for (int i = 0; i < 3; i++)
		FT_EQ(write(p[1], "x", 1), 1);
	struct epoll_event out[8];
	FT_EQ(ep_wait(ep, out, 8, 1000), 1);
	FT_EQ(out[0].data.u64, 5);
	FT_EQ(ep_wait(ep, out, 8, 0), 0);
}

FT_POINT(in_and_out_in_one_mask)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ep_add(ep, sv[0], EPOLLIN | EPOLLOUT, 6);
	FT_EQ(write(sv[1], "x", 1), 1);
	struct epoll_event out[8];
	FT_EQ(ep_wait(ep, out, 8, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN | EPOLLOUT);
}
