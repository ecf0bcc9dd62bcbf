/*
 * epoll/mod_rereads - EPOLL_CTL_MOD re-evaluates the file's readiness: an
 * edge-triggered entry whose edge was already reported, with data still
 * unread, is reported again after a MOD, and a MOD that drops EPOLLIN from
 * the mask stops a level-triggered entry from being reported for input.
 */
#include "epoll.h"

FT_CASE("EPOLL_CTL_MOD re-reads the readiness of the file",
	"epoll(7) \"Questions and answers\" Q9; epoll_ctl(2) EPOLL_CTL_MOD");

FT_POINT(mod_reports_pending_edge_again)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN | EPOLLET);
	FT_EQ(write(p[1], "x", 1), 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ep_mod(ep, p[0], EPOLLIN | EPOLLET, 2);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
}

FT_POINT(mod_without_in_stops_reports)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	ep_mod(ep, efd, 0, 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ep_mod(ep, efd, EPOLLIN, 3);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 3);
}
