/*
 * shim epoll_no_hup: epoll_wait() and epoll_pwait() never report hangups
 * or errors: EPOLLHUP, EPOLLRDHUP and EPOLLERR are cleared from the
 * returned events, and entries left with no event are dropped.
 *
 * fdsuite-targets: epoll/hup_socket_peer_closed epoll/hup_pipe_writer_closed
 * fdsuite-targets: epoll/rdhup_shutdown_write
 */
#include <signal.h>
#include <sys/epoll.h>

#include "next.h"

static int filter(struct epoll_event *ev, int n)
{
	int k = 0;
	for (int i = 0; i < n; i++) {
		ev[i].events &= ~(EPOLLHUP | EPOLLRDHUP | EPOLLERR);
		if (ev[i].events)
			ev[k++] = ev[i];
	}
	return k;
}

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	__typeof__(&epoll_wait) real = NEXT(epoll_wait);
	int r = real(ep, ev, max, timeout);
	return r > 0 ? filter(ev, r) : r;
}

int epoll_pwait(int ep, struct epoll_event *ev, int max, int timeout,
		const sigset_t *mask)
{
	__typeof__(&epoll_pwait) real = NEXT(epoll_pwait);
	int r = real(ep, ev, max, timeout, mask);
	return r > 0 ? filter(ev, r) : r;
}
