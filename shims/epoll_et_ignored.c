/*
 * shim epoll_et_ignored: an epoll that only knows level-triggered
 * notification: EPOLLET and EPOLLONESHOT are silently dropped from the
 * event masks given to EPOLL_CTL_ADD and EPOLL_CTL_MOD.
 *
 * fdsuite-targets: epoll/edge_triggered_once epoll/oneshot_rearm
 * fdsuite-targets: epoll/events_combined epoll/mod_rereads
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	if (ev && op != EPOLL_CTL_DEL) {
		struct epoll_event e = *ev;
		e.events &= ~(EPOLLET | EPOLLONESHOT);
		return real(ep, op, fd, &e);
	}
	return real(ep, op, fd, ev);
}
