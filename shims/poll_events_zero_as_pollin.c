/*
 * shim poll_events_zero_as_pollin: poll() treats an entry with events 0
 * as a request for POLLIN, so waiting data is reported on it (the events
 * field taken as "anything" rather than "only the unrequested ones").
 *
 * fdsuite-targets: poll/events_zero_only_errors
 */
#include <dlfcn.h>
#include <poll.h>

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	static int (*real)(struct pollfd *, nfds_t, int);
	if (!real)
		real = (int (*)(struct pollfd *, nfds_t, int))dlsym(RTLD_NEXT, "poll");
	for (nfds_t i = 0; i < n; i++)
		if (f[i].events == 0)
			f[i].events = POLLIN;
	return real(f, n, timeout);
}
