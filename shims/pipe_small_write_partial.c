/*
 * shim pipe_small_write_partial: a non-blocking write() to a pipe that
 * fails with EAGAIN is retried with as many bytes as the pipe seems to
 * have room for (capacity minus queued bytes), so a write of PIPE_BUF
 * bytes or fewer can be partial instead of all or nothing.
 *
 * fdsuite-targets: pipe/nonblock_small_write_all_or_nothing
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "next.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	__typeof__(&write) real = NEXT(write);
	ssize_t r = real(fd, buf, n);
	if (r != -1 || errno != EAGAIN)
		return r;
	int cap = fcntl(fd, F_GETPIPE_SZ), queued = 0;
	if (cap <= 0 || ioctl(fd, FIONREAD, &queued) != 0 || queued >= cap)
		return r;
	size_t room = (size_t)(cap - queued);
	ssize_t p = real(fd, buf, room < n ? room : n);
	if (p <= 0)
		errno = EAGAIN;
	return p <= 0 ? -1 : p;
}
