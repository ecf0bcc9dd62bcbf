/*
 * shim poll_count_events: poll() returns the number of event bits set in
 * all revents fields instead of the number of entries with a nonzero
 * revents.
 *
 * fdsuite-targets: poll/returns_ready_count
 */
#include <poll.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	int r = real(f, n, timeout);
	if (r <= 0)
		return r;
	int bits = 0;
	for (nfds_t i = 0; i < n; i++)
		bits += __builtin_popcount((unsigned short)f[i].revents);
	return bits;
}
