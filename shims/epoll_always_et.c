/*
 * shim epoll_always_et: an epoll that is always edge-triggered: EPOLLET
 * is added to every event mask, so an entry that stays ready is not
 * reported again.
 *
 * fdsuite-targets: epoll/level_triggered_repeats
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	if (ev && op != EPOLL_CTL_DEL) {
		struct epoll_event e = *ev;
		e.events |= EPOLLET;
		return real(ep, op, fd, &e);
	}
	return real(ep, op, fd, ev);
}
