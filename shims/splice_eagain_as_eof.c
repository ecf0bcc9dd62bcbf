/*
 * shim splice_eagain_as_eof: splice() reports "nothing available right
 * now" (EAGAIN from SPLICE_F_NONBLOCK or an O_NONBLOCK pipe) as end of
 * input, returning 0, confusing the two cases splice(2) tells apart.
 *
 * fdsuite-targets: splice/splice_eof_and_nonblock
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

#include "next.h"

ssize_t splice(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out,
	       size_t len, unsigned int flags)
{
	__typeof__(&splice) real = NEXT(splice);
	ssize_t r = real(fd_in, off_in, fd_out, off_out, len, flags);
	if (r == -1 && errno == EAGAIN)
		return 0;
	return r;
}
