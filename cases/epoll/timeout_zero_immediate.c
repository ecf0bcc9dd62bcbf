/*
 * epoll/timeout_zero_immediate - epoll_wait() with timeout 0 returns at
 * once, 0 when nothing is ready (it does not wait for an event), and with
 * a positive timeout it returns 0 after about that long when nothing
 * becomes ready.
 */
#include <time.h>
#include "epoll.h"

FT_CASE("epoll_wait with timeout 0 returns immediately",
	"epoll_wait(2) DESCRIPTION, RETURN VALUE");

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

FT_POINT(zero_returns_at_once)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	ep_add(ep, efd, EPOLLIN, 1);
	struct epoll_event out[2];
	double t0 = now_ms();
	FT_EQ(epoll_wait(ep, out, 2, 0), 0);
	FT_LT(now_ms() - t0, ft_scaled_ms(500));
}

FT_POINT(positive_timeout_expires)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	struct epoll_event out[2];
	double t0 = now_ms();
	int r;
	while ((r = epoll_wait(ep, out, 2, 20)) == -1 && errno == EINTR)
		;
	FT_EQ(r, 0);
	FT_GE(now_ms() - t0, 18);
}
