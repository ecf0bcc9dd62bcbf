/*
 * epoll/maxevents_einval - epoll_wait() needs maxevents greater than zero:
 * 0 or a negative value is EINVAL (even when events are ready); a positive
 * maxevents caps how many entries one call returns, and the others are
 * returned by later calls.
 */
#include "epoll.h"

FT_CASE("epoll_wait with maxevents <= 0 is EINVAL; maxevents caps the count",
	"epoll_wait(2) DESCRIPTION, ERRORS EINVAL");

FT_POINT(zero_and_negative_einval)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	struct epoll_event out[2];
	FT_ERRNO(epoll_wait(ep, out, 0, 0), EINVAL);
	volatile int neg = -1; /* hidden from the compiler's checks */
	FT_ERRNO(epoll_wait(ep, out, neg, 0), EINVAL);
}

FT_POINT(maxevents_caps_count)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int e[3];
	for (int i = 0; i < 3; i++) {
		e[i] = ep_eventfd(1);
		ep_add(ep, e[i], EPOLLIN | EPOLLONESHOT, 1u << i);
	}
	struct epoll_event out[4];
	uint64_t seen = 0;
	for (int i = 0; i < 3; i++) {
		memset(out, 0, sizeof out);
		FT_EQ(ep_wait(ep, out, 1, 1000), 1);
		FT_EQ(out[1].data.u64, 0); /* nothing past maxevents */
		seen |= out[0].data.u64;
	}
	FT_EQ(seen, 7); /* each one-shot entry came once */
	FT_EQ(ep_wait(ep, out, 4, 0), 0);
	for (int i = 0; i < 3; i++)
		close(e[i]);
}
