/*
 * readiness.h - helpers shared by the cases under cases/poll/ (poll, ppoll,
 * select, pselect).  Note: the cases include this file as "poll.h"; it
 * includes the system header as <poll.h>, which the compiler looks up in
 * the system directories only, never here.
 */
#ifndef POLL_CASES_H
#define POLL_CASES_H

#include <poll.h>
#include <sys/epoll.h>
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

/*
 * Rows over the readiness calls: pl_ready(row->via, fd, POLLIN or
 * POLLOUT) asks, with a zero timeout, whether fd is ready for reading or
 * for writing (end of file, hangup and error count as ready, as select(2)
 * counts them) and returns 1 or 0.  Each call must succeed.
 */
enum { PL_POLL, PL_PPOLL, PL_SELECT, PL_PSELECT, PL_EPOLL_WAIT,
       PL_EPOLL_PWAIT };
struct pl_method { const char *name; int via; };
static const struct pl_method pl_methods[] = {
	{ "poll", PL_POLL },
	{ "ppoll", PL_PPOLL },
	{ "select", PL_SELECT },
	{ "pselect", PL_PSELECT },
	{ "epoll_wait", PL_EPOLL_WAIT },
	{ "epoll_pwait", PL_EPOLL_PWAIT },
};
#define pl_ready(via, fd, want) pl_ready_(__FILE__, __LINE__, (via), (fd), (want))
static inline int pl_ready_(const char *file, int line, int via, int fd,
			    short want)
{
	short also = POLLHUP | POLLERR;
	struct pollfd p = { .fd = fd, .events = want };
	struct timespec zero = { 0, 0 };
	struct timeval tzero = { 0, 0 };
	fd_set set;
	FD_ZERO(&set);
	if (fd >= FD_SETSIZE && (via == PL_SELECT || via == PL_PSELECT))
		ft_fail_(file, line, "FD_SET", "fd < FD_SETSIZE", "above", -1,
			 "fd %d does not fit an fd_set", fd);
	FD_SET(fd, &set);
	fd_set *rd = want == POLLIN ? &set : NULL;
	fd_set *wr = want == POLLOUT ? &set : NULL;
	int r;
	switch (via) {
	case PL_POLL:
		r = FT_SYS_AT(file, line, poll(&p, 1, 0));
		return r > 0 && (p.revents & (want | also));
	case PL_PPOLL:
		r = FT_SYS_AT(file, line, ppoll(&p, 1, &zero, NULL));
		return r > 0 && (p.revents & (want | also));
	case PL_SELECT:
		r = FT_SYS_AT(file, line, select(fd + 1, rd, wr, NULL, &tzero));
		return r > 0 && FD_ISSET(fd, &set);
	case PL_PSELECT:
		r = FT_SYS_AT(file, line, pselect(fd + 1, rd, wr, NULL, &zero, NULL));
		return r > 0 && FD_ISSET(fd, &set);
	}
	FT_FD int ep = FT_SYS_AT(file, line, epoll_create1(EPOLL_CLOEXEC));
	struct epoll_event ev = { .events = (uint32_t)want, .data.fd = fd };
	struct epoll_event out = { 0, { 0 } };
	FT_SYS_AT(file, line, epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev));
	if (via == PL_EPOLL_WAIT)
		r = epoll_wait(ep, &out, 1, 0);
	else
		r = epoll_pwait(ep, &out, 1, 0, NULL);
	FT_SYS_AT(file, line, r);
	if (r > 0 && out.data.fd != fd)
		ft_fail_(file, line, "epoll_wait", "the event of fd", "another",
			 -1, "event for data.fd %d, not %d", out.data.fd, fd);
	return r > 0 && (out.events & ((uint32_t)want | EPOLLHUP | EPOLLERR));
}

#endif
