/*
 * poll.h - helpers shared by the cases under cases/poll/ (poll, ppoll,
 * select, pselect).  Note: the cases include this file as "poll.h"; it
 * includes the system header as <poll.h>, which the compiler looks up in
 * the system directories only, never here.
 */
#ifndef POLL_CASES_H
#define POLL_CASES_H

#include <poll.h>
#include <sys/select.h>
#include <time.h>
#include "fdtest.h"

/* CLOCK_MONOTONIC in milliseconds. */
static inline double pl_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* poll() of one descriptor for events; returns revents (0 if not
   ready within ms milliseconds, scaled).  poll must not fail. */
static inline short pl_revents(int fd, short events, int ms)
{
	struct pollfd p = { .fd = fd, .events = events, .revents = 0 };
	int r;
	do
		r = poll(&p, 1, ms > 0 ? ft_scaled_ms(ms) : 0);
	while (r == -1 && errno == EINTR);
	FT_SYS(r);
	return r ? p.revents : 0;
}


#endif
