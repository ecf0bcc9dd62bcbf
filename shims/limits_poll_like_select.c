/*
 * shim limits_poll_like_select: poll() built on select(), as some
 * emulation layers do: descriptors numbered at or above FD_SETSIZE cannot
 * be watched and are reported POLLNVAL, and since select() knows nothing
 * of RLIMIT_NOFILE an nfds above that limit is accepted.
 *
 * fdsuite-targets: limits/select_fd_setsize limits/poll_nfds_limit
 */
#include <dlfcn.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/select.h>

/* glibc declares poll's array write-only; this poll reads it */
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	int maxfd = -1, bad = 0;
	for (nfds_t i = 0; i < n; i++) {
		fds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		if (fds[i].fd >= FD_SETSIZE) {
			fds[i].revents = POLLNVAL;
			bad++;
			continue;
		}
		if (fds[i].events & POLLIN)
			FD_SET(fds[i].fd, &r);
		if (fds[i].events & POLLOUT)
			FD_SET(fds[i].fd, &w);
		if (fds[i].fd > maxfd)
			maxfd = fds[i].fd;
	}
	struct timeval tv = { timeout / 1000, (timeout % 1000) * 1000 };
	int s = select(maxfd + 1, &r, &w, NULL,
		       bad ? &(struct timeval){ 0, 0 } : timeout < 0 ? NULL : &tv);
	if (s < 0)
		return s;
	int ready = bad;
	for (nfds_t i = 0; i < n; i++) {
		int fd = fds[i].fd;
		if (fd < 0 || fd >= FD_SETSIZE)
			continue;
		if (FD_ISSET(fd, &r))
			fds[i].revents |= POLLIN;
		if (FD_ISSET(fd, &w))
			fds[i].revents |= POLLOUT;
		ready += fds[i].revents != 0;
	}
	return ready;
}
