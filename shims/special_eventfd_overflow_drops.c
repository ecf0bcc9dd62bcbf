/*
 * shim special_eventfd_overflow_drops: a write to a blocking eventfd that
 * cannot be added without overflowing the counter returns at once as if
 * it had been done (the value is dropped) instead of waiting for a read.
 *
 * fdsuite-targets: special/eventfd_write_limit
 */
#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int is_eventfd(int fd)
{
	char p[64], l[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	int saved = errno;
	ssize_t n = readlink(p, l, sizeof l - 1);
	errno = saved;
	if (n <= 0)
		return 0;
	l[n] = 0;
	return strcmp(l, "anon_inode:[eventfd]") == 0;
}

ssize_t write(int fd, const void *buf, size_t count)
{
	static ssize_t (*real)(int, const void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	if (count == 8 && is_eventfd(fd)) {
		struct pollfd p = { .fd = fd, .events = POLLOUT };
		if (poll(&p, 1, 0) == 0)
			return 8; /* would wait: dropped */
	}
	return real(fd, buf, count);
}
