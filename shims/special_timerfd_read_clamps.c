/*
 * shim special_timerfd_read_clamps: a read from a timerfd reports at most
 * one expiration (readiness, not the count), and a read buffer shorter
 * than 8 bytes gets the first bytes of the value instead of EINVAL.
 *
 * fdsuite-targets: special/timerfd_counts_expirations
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "anon_inode.h"

#include "next.h"

ssize_t read(int fd, void *buf, size_t count)
{
	__typeof__(&read) real = NEXT(read);
	if (!shim_is_anon(fd, "timerfd"))
		return real(fd, buf, count);
	uint64_t v;
	ssize_t r = real(fd, &v, sizeof v);
	if (r != 8)
		return r;
	v = 1;
	size_t n = count < 8 ? count : 8;
	memcpy(buf, &v, n);
	return (ssize_t)n;
}
