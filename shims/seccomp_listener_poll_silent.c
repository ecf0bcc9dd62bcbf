/*
 * shim seccomp_listener_poll_silent: poll() never reports a seccomp
 * listener ready (its revents are cleared), as an emulator whose listener
 * has no readiness would.
 *
 * fdsuite-targets: seccomp/listener_poll
 */
#include <poll.h>
#include "seccomp_hook.h"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	static int (*real)(struct pollfd *, nfds_t, int);
	if (!real)
		real = (int (*)(struct pollfd *, nfds_t, int))dlsym(RTLD_NEXT,
								      "poll");
	int r = real(fds, n, timeout);
	if (r <= 0)
		return r;
	int ready = 0;
	for (nfds_t i = 0; i < n; i++) {
		if (fds[i].revents && shim_is_listener(fds[i].fd))
			fds[i].revents = 0;
		if (fds[i].revents)
			ready++;
	}
	return ready;
}
