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

/* Makes an eventfd readable. */
static inline void ep_signal(int efd)
{
	uint64_t one = 1;
	FT_EQ(write(efd, &one, sizeof one), (long long)sizeof one);
}

#endif
