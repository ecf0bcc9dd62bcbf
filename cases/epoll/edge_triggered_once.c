/*
 * epoll/edge_triggered_once - with EPOLLET an entry is reported when the
 * file changes state (new data arrives), not while it stays ready: after
 * one report, data left unread is not reported again, and each new write
 * brings one new report.
 */
#include "epoll.h"

FT_CASE("EPOLLET reports new data once, not again while it stays unread",
	"epoll(7) \"Level-triggered and edge-triggered\"; epoll_ctl(2) EPOLLET");

FT_POINT(unread_data_not_reported_again)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN | EPOLLET);
	FT_EQ(write(p[1], "abcd", 4), 4);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN);
	char buf[2];
	FT_EQ(read(p[0], buf, 2), 2); /* 2 bytes stay in the pipe */
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
}

FT_POINT(each_write_reported_once)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN | EPOLLET);
	struct epoll_event out[2];
	for (int i = 0; i < 3; i++) {
		FT_EQ(write(p[1], "x", 1), 1);
		FT_EQ(ep_wait(ep, out, 2, 1000), 1);
		FT_EQ(ep_wait(ep, out, 2, 0), 0);
	}
}
