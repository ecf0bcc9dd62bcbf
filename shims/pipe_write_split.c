/*
 * shim pipe_write_split: a write() of more than one byte to a pipe or FIFO
 * is done as two writes of half the data with a short pause between them,
 * so writes of PIPE_BUF bytes or fewer are no longer atomic and other
 * writers' data can land in the middle of a record.
 *
 * fdsuite-targets: pipe/pipe_buf_writes_atomic
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	__typeof__(&write) real = NEXT(write);
	struct stat st;
	if (n < 2 || fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
		return real(fd, buf, n);
	size_t half = n / 2;
	ssize_t a = real(fd, buf, half);
	if (a != (ssize_t)half)
		return a;
	usleep(2000);
	ssize_t b = real(fd, (const char *)buf + half, n - half);
	if (b == -1)
		return (ssize_t)half;
	return (ssize_t)half + b;
}
