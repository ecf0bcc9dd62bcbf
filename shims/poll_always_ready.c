/*
 * shim poll_always_ready: poll() claims every requested event is ready on
 * every open descriptor (a lazy emulation that treats all files like
 * regular files), on top of whatever is really ready.
 *
 * fdsuite-targets: poll/pipe_readiness
 */
#include <poll.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	int r = real(f, n, 0);
	if (r < 0)
		return r;
	r = 0;
	for (nfds_t i = 0; i < n; i++) {
		if (f[i].fd >= 0 && !(f[i].revents & POLLNVAL))
			f[i].revents |= f[i].events & (POLLIN | POLLOUT | POLLPRI);
		r += f[i].revents != 0;
	}
	(void)timeout;
	return r;
}
