/*
 * shim epoll_timeout_zero_waits: epoll_wait() treats a timeout of 0 as a
 * one-second wait instead of returning at once when nothing is ready.
 *
 * fdsuite-targets: epoll/timeout_zero_immediate
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	__typeof__(&epoll_wait) real = NEXT(epoll_wait);
	return real(ep, ev, max, timeout == 0 ? 1000 : timeout);
}
