/*
 * shim poll_zero_timeout_waits: a zero timeout is taken as "wait a
 * second": poll() with timeout 0 and select() with a zero timeval block
 * for up to one second instead of returning at once.
 *
 * fdsuite-targets: poll/timeout_zero_immediate
 */
#include <poll.h>
#include <sys/select.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	return real(f, n, timeout == 0 ? 1000 : timeout);
}

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	__typeof__(&select) real = NEXT(select);
	struct timeval sec = { 1, 0 };
	if (tv && tv->tv_sec == 0 && tv->tv_usec == 0)
		tv = &sec;
	return real(nfds, r, w, e, tv);
}
