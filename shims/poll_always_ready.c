/*
 * shim poll_always_ready: poll() claims every requested event is ready on
 * every open descriptor (a lazy emulation that treats all files like
 * regular files), on top of whatever is really ready.
 *
 * fdsuite-targets: poll/pipe_readiness
 */
#include <dlfcn.h>
#include <poll.h>

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	static int (*real)(struct pollfd *, nfds_t, int);
	if (!real)
		real = (int (*)(struct pollfd *, nfds_t, int))dlsym(RTLD_NEXT, "poll");
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
