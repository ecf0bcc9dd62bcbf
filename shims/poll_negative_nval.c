/*
 * shim poll_negative_nval: poll() treats a negative fd like any invalid
 * descriptor: the entry gets POLLNVAL and is counted as ready, instead of
 * being skipped with revents 0.
 *
 * fdsuite-targets: poll/negative_fd_ignored
 */
#include <poll.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	int neg = 0;
	for (nfds_t i = 0; i < n; i++)
		neg += f[i].fd < 0;
	int r = real(f, n, neg ? 0 : timeout);
	if (r < 0)
		return r;
	for (nfds_t i = 0; i < n; i++)
		if (f[i].fd < 0) {
			f[i].revents = POLLNVAL;
			r++;
		}
	return r;
}
