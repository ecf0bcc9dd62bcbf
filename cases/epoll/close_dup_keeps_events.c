/*
 * epoll/close_dup_keeps_events - an interest-list entry refers to the open
 * file description, and closing the registered descriptor does not remove
 * it while another descriptor (a dup) still refers to that description:
 * events keep being reported, with the data given at registration.  The
 * entry is keyed by the registered number and the description, so it
 * cannot be deleted through the dup's number (ENOENT).
 */
#include "epoll.h"

FT_CASE("closing one of two dup'd descriptors keeps the epoll registration",
	"epoll(7) \"Questions and answers\" Q1, Q7; epoll_ctl(2) ERRORS");

FT_POINT(events_still_reported_after_close)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int efd = ep_eventfd(0);
	ep_add(ep, efd, EPOLLIN, 0xfeed);
	FT_FD int d = FT_SYS(dup(efd));
	FT_SYS(close(efd));
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 0), 0);
	ep_signal(d);
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN);
	FT_EQ(out[0].data.u64, 0xfeed);
}

FT_POINT(pipe_reader_dup_keeps_events)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int p[2];
	FT_SYS(pipe(p));
	ep_add(ep, p[0], EPOLLIN, 42);
	FT_FD int d = FT_SYS(fcntl(p[0], F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(p[0]));
	FT_EQ(write(p[1], "x", 1), 1);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].data.u64, 42);
	close(p[1]);
}

FT_POINT(dup_number_is_not_registered)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	FT_FD int d = FT_SYS(dup(efd));
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, d, NULL), ENOENT);
	FT_SYS(close(efd));
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, d, NULL), ENOENT);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].data.u64, 1);
}
