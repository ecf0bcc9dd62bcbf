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

ssize_t read(int fd, void *buf, size_t count)
{
	static ssize_t (*real)(int, void *, size_t);
	static ssize_t (*real_write)(int, const void *, size_t);
	if (!real) {
		real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
		real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	}
	ssize_t r = real(fd, buf, count);
	if (r == 8 && is_eventfd(fd)) {
		int saved = errno;
		real_write(fd, buf, 8);
		errno = saved;
	}
	return r;
}
