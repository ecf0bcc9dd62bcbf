/*
 * shim epoll_del_noop: EPOLL_CTL_DEL reports success but leaves the entry
 * in the interest list, so its events keep being reported.
 *
 * fdsuite-targets: epoll/del_stops_events epoll/two_instances_both_report
 * fdsuite-targets: epoll/fork_shares_interest_list
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	if (op == EPOLL_CTL_DEL)
		return 0;
	return real(ep, op, fd, ev);
}
