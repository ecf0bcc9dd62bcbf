/*
 * shim poll_sigmask_ignored: ppoll() and pselect() ignore their sigmask
 * argument and wait with the caller's signal mask, so they cannot let in
 * a signal that is blocked outside the call.
 *
 * fdsuite-targets: poll/ppoll_sigmask poll/pselect_sigmask
 */
#include <poll.h>
#include <signal.h>
#include <sys/select.h>

#include "next.h"

int ppoll(struct pollfd *f, nfds_t n, const struct timespec *ts,
	  const sigset_t *mask)
{
	__typeof__(&ppoll) real = NEXT(ppoll);
	(void)mask;
	return real(f, n, ts, NULL);
}

int pselect(int nfds, fd_set *r, fd_set *w, fd_set *e,
	    const struct timespec *ts, const sigset_t *mask)
{
	__typeof__(&pselect) real = NEXT(pselect);
	(void)mask;
	return real(nfds, r, w, e, ts, NULL);
}
