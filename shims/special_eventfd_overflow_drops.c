/*
 * shim special_eventfd_overflow_drops: a write to a blocking eventfd that
 * cannot be added without overflowing the counter returns at once as if
 * it had been done (the value is dropped) instead of waiting for a read.
 *
 * fdsuite-targets: special/eventfd_write_limit
 */
#include <errno.h>
#include <poll.h>
#include <unistd.h>
#include "anon_inode.h"

#include "next.h"

ssize_t write(int fd, const void *buf, size_t count)
{
	__typeof__(&write) real = NEXT(write);
	if (count == 8 && shim_is_anon(fd, "eventfd")) {
		struct pollfd p = { .fd = fd, .events = POLLOUT };
		if (poll(&p, 1, 0) == 0)
			return 8; /* would wait: dropped */
	}
	return real(fd, buf, count);
}
