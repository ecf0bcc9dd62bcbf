/*
 * shim poll_select_via_poll: select() reimplemented on top of poll() that only
 * looks at POLLIN, POLLOUT and POLLPRI: a descriptor that is not open
 * (POLLNVAL) is silently ignored instead of failing with EBADF, a pipe at
 * end-of-file (POLLHUP without POLLIN) is not reported readable, and the
 * timeout is never updated.
 *
 * fdsuite-targets: poll/select_closed_fd_ebadf poll/select_ready_at_eof
 * fdsuite-targets: poll/select_timeout_updated
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/select.h>

int select(int nfds, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	struct pollfd f[FD_SETSIZE];
	int n = 0;
	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	for (int fd = 0; fd < nfds; fd++) {
		short ev = 0;
		if (r && FD_ISSET(fd, r))
			ev |= POLLIN;
		if (w && FD_ISSET(fd, w))
			ev |= POLLOUT;
		if (e && FD_ISSET(fd, e))
			ev |= POLLPRI;
		if (ev)
			f[n++] = (struct pollfd){ .fd = fd, .events = ev };
	}
	int ms = tv ? (int)(tv->tv_sec * 1000 + tv->tv_usec / 1000) : -1;
	if (poll(f, n, ms) < 0)
		return -1;
	int count = 0;
	for (int i = 0; i < n; i++) {
		int fd = f[i].fd;
		if (r && FD_ISSET(fd, r) && !(f[i].revents & POLLIN))
			FD_CLR(fd, r);
		if (w && FD_ISSET(fd, w) && !(f[i].revents & POLLOUT))
			FD_CLR(fd, w);
		if (e && FD_ISSET(fd, e) && !(f[i].revents & POLLPRI))
			FD_CLR(fd, e);
		count += (r && FD_ISSET(fd, r)) + (w && FD_ISSET(fd, w)) +
			 (e && FD_ISSET(fd, e));
	}
	return count;
}
