/*
 * epoll/two_instances_both_report - one descriptor can be in the interest
 * lists of two epoll instances at once; an event on it is reported by
 * both, each with its own data, and removing it from one leaves the other
 * entry in place.
 */
#include "epoll.h"

FT_CASE("a descriptor in two epoll instances is reported by both",
	"epoll(7) \"Questions and answers\" Q3");

FT_POINT(both_report)
{
	FT_FD int a = FT_SYS(epoll_create1(0));
	FT_FD int b = FT_SYS(epoll_create1(0));
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ep_add(a, p[0], EPOLLIN, 1);
	ep_add(b, p[0], EPOLLIN, 2);
	FT_EQ(write(p[1], "x", 1), 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(a, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 1);
	FT_EQ(ep_wait(b, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
}

FT_POINT(del_from_one_keeps_other)
{
	FT_FD int a = FT_SYS(epoll_create1(0));
	FT_FD int b = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(a, efd, EPOLLIN, 1);
	ep_add(b, efd, EPOLLIN, 2);
	FT_SYS(epoll_ctl(a, EPOLL_CTL_DEL, efd, NULL));
	struct epoll_event out[2];
	FT_EQ(ep_wait(a, out, 2, 0), 0);
	FT_EQ(ep_wait(b, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
}
