/*
 * epoll/nested_epoll - an epoll descriptor is itself pollable: it is
 * readable while it has events waiting, so it can be watched by poll() or
 * added to another epoll instance, which reports EPOLLIN for it when an
 * entry of the inner instance becomes ready.
 */
#include <poll.h>
#include "epoll.h"

FT_CASE("an epoll descriptor reports readiness to poll and to another epoll",
	"epoll(7) \"Questions and answers\" Q4, Q5");

FT_POINT(outer_reports_inner_ready)
{
	FT_FD int inner = FT_SYS(epoll_create1(0));
	FT_FD int outer = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	ep_add(inner, efd, EPOLLIN, 1);
	ep_add(outer, inner, EPOLLIN, 99);
	struct epoll_event out[2];
	FT_EQ(ep_wait(outer, out, 2, 0), 0);
	ep_signal(efd);
	FT_EQ(ep_wait(outer, out, 2, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN);
	FT_EQ(out[0].data.u64, 99);
	FT_EQ(ep_wait(inner, out, 2, 0), 1);
	FT_EQ(out[0].data.u64, 1);
}

FT_POINT(poll_sees_epoll_readable)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	ep_add(ep, efd, EPOLLIN, 1);
	FT_EQ(ft_poll_in(ep, 0), 0);
	ep_signal(efd);
	FT_EQ(ft_poll_in(ep, 1000), 1);
	uint64_t v;
	FT_EQ(read(efd, &v, sizeof v), (long long)sizeof v);
	FT_EQ(ft_poll_in(ep, 0), 0);
}
