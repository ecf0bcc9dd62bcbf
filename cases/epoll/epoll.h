/*
 * epoll.h - helpers shared by the cases under cases/epoll/.
 */
#ifndef EPOLL_CASES_H
#define EPOLL_CASES_H

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include "fdtest.h"

/* EPOLL_CTL_ADD of fd with events and data.u64; must succeed. */
static inline void ep_add(int ep, int fd, uint32_t events, uint64_t data)
{
	struct epoll_event ev = { .events = events, .data.u64 = data };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev));
}

/* EPOLL_CTL_MOD; must succeed. */
static inline void ep_mod(int ep, int fd, uint32_t events, uint64_t data)
{
	struct epoll_event ev = { .events = events, .data.u64 = data };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_MOD, fd, &ev));
}

/* epoll_wait() for up to max events, waiting at most ms milliseconds
   (scaled by FT_TIMEOUT_SCALE; 0 does not wait); must not fail. */
static inline int ep_wait(int ep, struct epoll_event *out, int max, int ms)
{
	int r;
	do
		r = epoll_wait(ep, out, max, ms > 0 ? ft_scaled_ms(ms) : 0);
	while (r == -1 && errno == EINTR);
	FT_SYS(r);
	return r;
}

/* An eventfd that is readable (counter 1) when ready != 0. */
static inline int ep_eventfd(int ready)
{
	int fd = FT_SYS(eventfd(ready ? 1 : 0, EFD_NONBLOCK));
	return fd;
}

/* An epoll instance watching p[0], the read end of a new pipe, for
   events (data 1). */
static inline int ep_with_pipe(int p[2], uint32_t events)
{
	ft_pipe(p, 0);
	int ep = FT_SYS(epoll_create1(0));
	ep_add(ep, p[0], events, 1);
	return ep;
}

/* An epoll instance watching sv[0] of a new AF_UNIX stream pair for
   events (data 1). */
static inline int ep_with_socketpair(int sv[2], uint32_t events)
{
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	int ep = FT_SYS(epoll_create1(0));
	ep_add(ep, sv[0], events, 1);
	return ep;
}

/* Makes an eventfd readable. */
static inline void ep_signal(int efd)
{
	uint64_t one = 1;
	FT_EQ(write(efd, &one, sizeof one), (long long)sizeof one);
}

#endif
