/*
 * shim poll_clamp_args: invalid arguments are quietly repaired instead of
 * refused with EINVAL: poll() clamps nfds to RLIMIT_NOFILE, select()
 * takes a negative nfds as 0, and negative timeouts of select() and
 * ppoll() are taken as zero.
 *
 * fdsuite-targets: poll/invalid_args
 */
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/select.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && n > rl.rlim_cur)
		n = rl.rlim_cur;
	return real(f, n, timeout);
}

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	__typeof__(&select) real = NEXT(select);
	struct timeval zero = { 0, 0 };
	if (tv && tv->tv_sec < 0)
		tv = &zero;
	return real(nfds < 0 ? 0 : nfds, r, w, e, tv);
}

int ppoll(struct pollfd *f, nfds_t n, const struct timespec *ts,
	  const sigset_t *mask)
{
	__typeof__(&ppoll) real = NEXT(ppoll);
	struct timespec zero = { 0, 0 };
	if (ts && ts->tv_sec < 0)
		ts = &zero;
	return real(f, n, ts, mask);
}
