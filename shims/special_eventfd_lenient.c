/*
 * shim special_eventfd_lenient: a forgiving eventfd: reads and writes
 * shorter than 8 bytes are padded through an 8-byte buffer instead of
 * failing with EINVAL, a write of 0xffffffffffffffff is clamped to the
 * maximum, and a write that would overflow (EAGAIN) is reported as done
 * (the event is silently dropped).
 *
 * fdsuite-targets: special/eventfd_short_buffer_einval special/eventfd_write_limit
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
	if (count >= 8 || !shim_is_anon(fd, "eventfd"))
		return real(fd, buf, count);
	uint64_t v;
	ssize_t r = real(fd, &v, sizeof v);
	if (r != 8)
		return r;
	memcpy(buf, &v, count);
	return (ssize_t)count;
}

ssize_t write(int fd, const void *buf, size_t count)
{
	__typeof__(&write) real = NEXT(write);
	if (!shim_is_anon(fd, "eventfd"))
		return real(fd, buf, count);
	uint64_t v = 0;
	memcpy(&v, buf, count < 8 ? count : 8);
	if (v == UINT64_MAX)
		v = UINT64_MAX - 1;
	ssize_t r = real(fd, &v, sizeof v);
	if (r == -1 && errno == EAGAIN)
		r = 8;
	return r == 8 ? (ssize_t)count : r;
}
