/*
 * shim splice_ignores_offsets: splice() never passes offset pointers to
 * the kernel: it always works at the file offset (moving it) and then
 * advances *off_in / *off_out by the bytes moved, as an emulation that
 * only knows the file offset would; an offset given for a pipe is not
 * rejected with ESPIPE.
 *
 * fdsuite-targets: splice/splice_file_offsets splice/splice_offset_on_pipe_espipe
 */
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

#include "next.h"

ssize_t splice(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out,
	       size_t len, unsigned int flags)
{
	__typeof__(&splice) real = NEXT(splice);
	ssize_t r = real(fd_in, NULL, fd_out, NULL, len, flags);
	if (r > 0) {
		if (off_in)
			*off_in += r;
		if (off_out)
			*off_out += r;
	}
	return r;
}
