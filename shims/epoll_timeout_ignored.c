/*
 * shim epoll_timeout_ignored: epoll_wait() with a positive timeout and
 * nothing ready returns 0 at once instead of waiting for that long, as in
 * an emulation that only ever polls.
 *
 * fdsuite-targets: epoll/timeout_zero_immediate
 */
#include <dlfcn.h>
#include <sys/epoll.h>

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	static int (*real)(int, struct epoll_event *, int, int);
	if (!real)
		real = (int (*)(int, struct epoll_event *, int, int))dlsym(RTLD_NEXT, "epoll_wait");
	return real(ep, ev, max, timeout > 0 ? 0 : timeout);
}
