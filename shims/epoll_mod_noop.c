/*
 * shim epoll_mod_noop: EPOLL_CTL_MOD reports success but changes nothing:
 * the entry keeps its old mask and data, a disarmed EPOLLONESHOT entry is
 * not re-armed, and readiness is not re-evaluated.
 *
 * fdsuite-targets: epoll/oneshot_rearm epoll/mod_rereads epoll/data_returned_unchanged
 */
#include <errno.h>
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	if (op == EPOLL_CTL_MOD)
		return 0;
	return real(ep, op, fd, ev);
}
