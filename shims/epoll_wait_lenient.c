/*
 * shim epoll_wait_lenient: epoll_wait() accepts what Linux refuses:
 * maxevents <= 0 is taken as 1, and a descriptor that is not an epoll
 * instance just yields "no events" instead of EINVAL.
 *
 * fdsuite-targets: epoll/maxevents_einval epoll/epfd_not_epoll_einval
 */
#include <dlfcn.h>
#include <errno.h>
#include <sys/epoll.h>

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	static int (*real)(int, struct epoll_event *, int, int);
	if (!real)
		real = (int (*)(int, struct epoll_event *, int, int))dlsym(RTLD_NEXT, "epoll_wait");
	if (max <= 0)
		max = 1;
	int r = real(ep, ev, max, timeout);
	if (r == -1 && errno == EINVAL)
		return 0;
	return r;
}
