/*
 * epoll/del_stops_events - EPOLL_CTL_DEL removes the entry at once: a
 * ready level-triggered entry is no longer reported (even if it was ready
 * before the DEL), the descriptor stays open, and it can be added again.
 * Since Linux 2.6.9 the event argument of EPOLL_CTL_DEL may be NULL.
 */
#include "epoll.h"

FT_CASE("EPOLL_CTL_DEL stops events for the descriptor",
	"epoll_ctl(2) DESCRIPTION EPOLL_CTL_DEL, BUGS");

FT_POINT(ready_entry_not_reported_after_del)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL));
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	FT_TRUE(ft_is_open(efd));
	ep_add(ep, efd, EPOLLIN, 2);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
}
