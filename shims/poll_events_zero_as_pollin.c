/*
 * shim poll_events_zero_as_pollin: poll() treats an entry with events 0
 * as a request for POLLIN, so waiting data is reported on it (the events
 * field taken as "anything" rather than "only the unrequested ones").
 *
 * fdsuite-targets: poll/events_zero_only_errors
 */
#include <poll.h>

#include "next.h"

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	for (nfds_t i = 0; i < n; i++)
		if (f[i].events == 0)
			f[i].events = POLLIN;
	return real(f, n, timeout);
}
