/*
 * shim poll_via_select: poll() reimplemented on top of select(), as old
 * C libraries emulated it: POLLIN/POLLOUT/POLLPRI map to the three sets,
 * so a descriptor that is not open makes the whole call fail with EBADF
 * instead of reporting POLLNVAL, a hangup shows up only as "readable"
 * (no POLLHUP, no POLLERR), and an entry with events 0 is never reported.
 *
 * fdsuite-targets: poll/closed_fd_pollnval poll/pollhup_last_writer
 * fdsuite-targets: poll/events_zero_only_errors
 */
#include <errno.h>
/* glibc declares poll()'s array write-only; this poll reads it first */
#define poll fdsuite_glibc_poll
#include <poll.h>
#undef poll
#include <stddef.h>
#include <sys/select.h>

int poll(struct pollfd *f, nfds_t n, int timeout);
int poll(struct pollfd *f, nfds_t n, int timeout)
{
	fd_set r, w, e;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	int max = -1;
	for (nfds_t i = 0; i < n; i++) {
		f[i].revents = 0;
		if (f[i].fd < 0)
			continue;
		if (f[i].fd >= FD_SETSIZE) {
			errno = EINVAL;
			return -1;
		}
		if (f[i].events & (POLLIN | POLLRDNORM))
			FD_SET(f[i].fd, &r);
		if (f[i].events & (POLLOUT | POLLWRNORM))
			FD_SET(f[i].fd, &w);
		if (f[i].events & POLLPRI)
			FD_SET(f[i].fd, &e);
		if (f[i].fd > max)
			max = f[i].fd;
	}
	struct timeval tv = { timeout / 1000, (timeout % 1000) * 1000 };
	if (select(max + 1, &r, &w, &e, timeout < 0 ? NULL : &tv) < 0)
		return -1;
	int count = 0;
	for (nfds_t i = 0; i < n; i++) {
		if (f[i].fd < 0)
			continue;
		if (FD_ISSET(f[i].fd, &r))
			f[i].revents |= f[i].events & (POLLIN | POLLRDNORM);
		if (FD_ISSET(f[i].fd, &w))
			f[i].revents |= f[i].events & (POLLOUT | POLLWRNORM);
		if (FD_ISSET(f[i].fd, &e))
			f[i].revents |= POLLPRI;
		count += f[i].revents != 0;
	}
	return count;
}
