/*
 * shim pipe_eagain_as_zero: on a pipe or FIFO, read() and write() that
 * would fail with EAGAIN return 0 instead, as an emulator that confuses
 * "nothing now" with end of file / nothing written would.
 *
 * fdsuite-targets: pipe/nonblock_read_empty_eagain pipe/nonblock_write_full_eagain pipe/nonblock_large_write_partial pipe/pipe2_nonblock_both_ends pipe/ends_have_separate_status_flags pipe/fifo_data_discarded_on_last_close pipe/fifo_one_pipe_per_fifo pipe/default_capacity
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

static int is_fifo(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode);
}

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	ssize_t r = real(fd, buf, n);
	if (r == -1 && errno == EAGAIN && is_fifo(fd))
		return 0;
	return r;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	__typeof__(&write) real = NEXT(write);
	ssize_t r = real(fd, buf, n);
	if (r == -1 && errno == EAGAIN && is_fifo(fd))
		return 0;
	return r;
}
