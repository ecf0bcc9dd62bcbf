/*
 * shim special_inotify_truncating_read: a read from an inotify descriptor
 * into a buffer too small for the next event returns a truncated event
 * (and loses it) instead of failing with EINVAL.
 *
 * fdsuite-targets: special/inotify_short_read_einval
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "anon_inode.h"
#include "next.h"

static int is_inotify(int fd)
{
	return strcmp(anon_kind(fd), "anon_inode:inotify") == 0;
}

ssize_t read(int fd, void *buf, size_t count)
{
	__typeof__(&read) real = NEXT(read);
	enum { BIG = sizeof(struct inotify_event) + NAME_MAX + 1 };
	if (count >= BIG || !is_inotify(fd))
		return real(fd, buf, count);
	char tmp[BIG] __attribute__((aligned(8)));
	ssize_t r = real(fd, tmp, sizeof tmp);
	if (r <= 0)
		return r;
	size_t n = (size_t)r < count ? (size_t)r : count;
	memcpy(buf, tmp, n);
	return (ssize_t)n;
}
