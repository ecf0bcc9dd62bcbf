/*
 * shim epoll_timeout_ignored: epoll_wait() with a positive timeout and
 * nothing ready returns 0 at once instead of waiting for that long, as in
 * an emulation that only ever polls.
 *
 * fdsuite-targets: epoll/timeout_zero_immediate
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	__typeof__(&epoll_wait) real = NEXT(epoll_wait);
	return real(ep, ev, max, timeout > 0 ? 0 : timeout);
}
