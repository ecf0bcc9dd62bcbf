/*
 * shim special_eventfd_read_keeps: a read from an eventfd returns the
 * counter but puts the value back afterwards, so the counter is never
 * reset (a "peek" instead of a consuming read), also for the other
 * processes sharing the eventfd.
 *
 * fdsuite-targets: special/eventfd_counter_read_resets special/eventfd_shared_across_fork
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "anon_inode.h"

ssize_t read(int fd, void *buf, size_t count)
{
	static ssize_t (*real)(int, void *, size_t);
	static ssize_t (*real_write)(int, const void *, size_t);
	if (!real) {
		real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
		real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	}
	ssize_t r = real(fd, buf, count);
	if (r == 8 && shim_is_anon(fd, "eventfd")) {
		int saved = errno;
		real_write(fd, buf, 8);
		errno = saved;
	}
	return r;
}
