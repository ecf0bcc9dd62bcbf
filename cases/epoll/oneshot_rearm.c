/*
 * epoll/oneshot_rearm - an entry added with EPOLLONESHOT (Linux 2.6.2) is
 * disabled after one event is reported: it reports nothing more, neither
 * for data still there nor for new writes, until EPOLL_CTL_MOD re-arms it
 * (which also sets the data returned next).  It stays in the interest
 * list meanwhile: EPOLL_CTL_ADD of it is still EEXIST.
 */
#include "epoll.h"

FT_CASE("EPOLLONESHOT disarms an entry after one event until EPOLL_CTL_MOD",
	"epoll_ctl(2) DESCRIPTION EPOLLONESHOT; epoll(7) \"Level-triggered and edge-triggered\"");

FT_POINT(disarmed_after_one_event)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN | EPOLLONESHOT);
	FT_EQ(write(p[1], "a", 1), 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 0); /* data still there */
	FT_EQ(write(p[1], "b", 1), 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 0); /* new data */
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
}

FT_POINT(mod_rearms)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN | EPOLLONESHOT);
	FT_EQ(write(p[1], "a", 1), 1);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
	ep_mod(ep, p[0], EPOLLIN | EPOLLONESHOT, 2);
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
	FT_EQ(ep_wait(ep, out, 2, 0), 0); /* one-shot again */
}
