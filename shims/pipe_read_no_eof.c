/*
 * shim pipe_read_no_eof: read() on a pipe or FIFO never reports end of
 * file: where the kernel returns 0 for a non-empty request the shim fails
 * with EAGAIN instead, as an emulator that does not track writers would.
 *
 * fdsuite-targets: pipe/eof_after_last_writer_closes pipe/fifo_eof_after_writers_close pipe/nonblock_read_empty_eagain
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	ssize_t r = real(fd, buf, n);
	struct stat st;
	if (r == 0 && n > 0 && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
		errno = EAGAIN;
		return -1;
	}
	return r;
}
