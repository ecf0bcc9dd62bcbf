/*
 * shim fork_read_fails_on_close: a blocking read() waits in short poll()
 * slices and fails with EBADF as soon as its descriptor is closed by
 * another thread, the behavior close(2) NOTES describes for some other
 * systems but not Linux.
 *
 * fdsuite-targets: fork/close_does_not_interrupt_blocked_read
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "next.h"

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	int fl = fcntl(fd, F_GETFL);
	if (fl != -1 && !(fl & O_NONBLOCK) && n > 0)
		for (;;) {
			struct pollfd p = { .fd = fd, .events = POLLIN };
			int r = poll(&p, 1, 10);
			if (r > 0 && !(p.revents & POLLNVAL))
				break;
			if ((r > 0 && (p.revents & POLLNVAL)) ||
			    fcntl(fd, F_GETFD) == -1) {
				errno = EBADF;
				return -1;
			}
		}
	return real(fd, buf, n);
}
