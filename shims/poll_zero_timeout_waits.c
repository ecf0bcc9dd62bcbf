/*
 * shim poll_zero_timeout_waits: a zero timeout is taken as "wait a
 * second": poll() with timeout 0 and select() with a zero timeval block
 * for up to one second instead of returning at once.
 *
 * fdsuite-targets: poll/timeout_zero_immediate
 */
#include <dlfcn.h>
#include <poll.h>
#include <sys/select.h>

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	static int (*real)(struct pollfd *, nfds_t, int);
	if (!real)
		real = (int (*)(struct pollfd *, nfds_t, int))dlsym(RTLD_NEXT, "poll");
	return real(f, n, timeout == 0 ? 1000 : timeout);
}

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	static int (*real)(int, fd_set *, fd_set *, fd_set *, struct timeval *);
	if (!real)
		real = (int (*)(int, fd_set *, fd_set *, fd_set *, struct timeval *))dlsym(RTLD_NEXT, "select");
	struct timeval sec = { 1, 0 };
	if (tv && tv->tv_sec == 0 && tv->tv_usec == 0)
		tv = &sec;
	return real(nfds, r, w, e, tv);
}
