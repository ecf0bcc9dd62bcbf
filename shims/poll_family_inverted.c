/*
 * shim poll_family_inverted: every readiness call asked with a zero
 * timeout - poll, ppoll, select, pselect, epoll_wait, epoll_pwait -
 * reports the opposite of the truth: nothing when something is ready,
 * every requested event when nothing is.  Each call of the family is
 * broken on its own, so a table that asks through each of them fails in
 * every row.
 *
 * fdsuite-targets: poll/pipe_readiness
 */
#include <dlfcn.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>

#define REAL(name)                                                           \
	static __typeof__(name) *real_;                                      \
	if (!real_)                                                          \
		real_ = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

static int invert_poll(struct pollfd *f, nfds_t n, int r)
{
	if (r < 0)
		return r;
	if (r > 0) {
		for (nfds_t i = 0; i < n; i++)
			f[i].revents = 0;
		return 0;
	}
	for (nfds_t i = 0; i < n; i++)
		if (f[i].fd >= 0) {
			f[i].revents = f[i].events & (POLLIN | POLLOUT);
			r += f[i].revents != 0;
		}
	return r;
}

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	REAL(poll);
	int r = real_(f, n, timeout);
	return timeout == 0 ? invert_poll(f, n, r) : r;
}

int ppoll(struct pollfd *f, nfds_t n, const struct timespec *t,
	  const sigset_t *mask)
{
	REAL(ppoll);
	int r = real_(f, n, t, mask);
	return t && !t->tv_sec && !t->tv_nsec ? invert_poll(f, n, r) : r;
}

static int invert_sets(int nfds, fd_set *sets[3], fd_set saved[3], int r)
{
	if (r < 0)
		return r;
	int count = 0;
	for (int k = 0; k < 3; k++) {
		if (!sets[k])
			continue;
		if (r > 0) {
			FD_ZERO(sets[k]);
			continue;
		}
		*sets[k] = saved[k];
		for (int fd = 0; fd < nfds; fd++)
			count += FD_ISSET(fd, sets[k]) != 0;
	}
	return count;
}

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *t)
{
	REAL(select);
	fd_set *sets[3] = { rd, wr, ex }, saved[3];
	for (int k = 0; k < 3; k++)
		if (sets[k])
			saved[k] = *sets[k];
	int zero = t && !t->tv_sec && !t->tv_usec;
	int r = real_(nfds, rd, wr, ex, t);
	return zero ? invert_sets(nfds, sets, saved, r) : r;
}

int pselect(int nfds, fd_set *rd, fd_set *wr, fd_set *ex,
	    const struct timespec *t, const sigset_t *mask)
{
	REAL(pselect);
	fd_set *sets[3] = { rd, wr, ex }, saved[3];
	for (int k = 0; k < 3; k++)
		if (sets[k])
			saved[k] = *sets[k];
	int zero = t && !t->tv_sec && !t->tv_nsec;
	int r = real_(nfds, rd, wr, ex, t, mask);
	return zero ? invert_sets(nfds, sets, saved, r) : r;
}

/* The interest lists, as registered, to make up events from. */
static struct { int ep, fd; struct epoll_event ev; } reg[64];

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	REAL(epoll_ctl);
	int r = real_(ep, op, fd, ev);
	if (r == 0 && op == EPOLL_CTL_ADD && ev)
		for (int i = 0; i < 64; i++)
			if (reg[i].ep == 0 || (reg[i].ep == ep && reg[i].fd == fd)) {
				reg[i].ep = ep;
				reg[i].fd = fd;
				reg[i].ev = *ev;
				break;
			}
	return r;
}

static int invert_epoll(int ep, struct epoll_event *out, int max, int r)
{
	if (r != 0)
		return r > 0 ? 0 : r;
	for (int i = 0; i < 64 && r < max; i++)
		if (reg[i].ep == ep) {
			out[r] = reg[i].ev;
			out[r].events &= EPOLLIN | EPOLLOUT;
			r++;
		}
	return r;
}

int epoll_wait(int ep, struct epoll_event *out, int max, int timeout)
{
	REAL(epoll_wait);
	int r = real_(ep, out, max, timeout);
	return timeout == 0 ? invert_epoll(ep, out, max, r) : r;
}

int epoll_pwait(int ep, struct epoll_event *out, int max, int timeout,
		const sigset_t *mask)
{
	REAL(epoll_pwait);
	int r = real_(ep, out, max, timeout, mask);
	return timeout == 0 ? invert_epoll(ep, out, max, r) : r;
}
