/*
 * shim pipe_read_spurious_eof: a blocking read() of an empty pipe or FIFO
 * does not wait for data: it returns 0 at once even though a writer is
 * still open, as an emulator that polls instead of blocking might.
 *
 * fdsuite-targets: pipe/read_returns_short_count pipe/nonblock_read_empty_eagain pipe/eof_after_last_writer_closes
 */
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

ssize_t read(int fd, void *buf, size_t n)
{
	__typeof__(&read) real = NEXT(read);
	struct stat st;
	int fl = fcntl(fd, F_GETFL);
	if (n > 0 && fl != -1 && !(fl & O_NONBLOCK) && fstat(fd, &st) == 0 &&
	    S_ISFIFO(st.st_mode)) {
		struct pollfd p = { .fd = fd, .events = POLLIN };
		if (poll(&p, 1, 0) == 0)
			return 0;
	}
	return real(fd, buf, n);
}
