/*
 * shim epoll_wait_lenient: epoll_wait() accepts what Linux refuses:
 * maxevents <= 0 is taken as 1, and a descriptor that is not an epoll
 * instance just yields "no events" instead of EINVAL.
 *
 * fdsuite-targets: epoll/maxevents_einval epoll/epfd_not_epoll_einval
 */
#include <errno.h>
#include <sys/epoll.h>

#include "next.h"

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	__typeof__(&epoll_wait) real = NEXT(epoll_wait);
	if (max <= 0)
		max = 1;
	int r = real(ep, ev, max, timeout);
	if (r == -1 && errno == EINVAL)
		return 0;
	return r;
}
