/*
 * shim splice_fallback_copy: when the kernel refuses splice() with EINVAL
 * the call falls back to a read()/write() copy, as a "helpful" portability
 * layer might: splicing between two regular files, within one pipe, or to
 * an O_APPEND file then succeeds instead of failing with EINVAL.
 *
 * fdsuite-targets: splice/splice_invalid_pairs
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#include <unistd.h>

#include "next.h"

ssize_t splice(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out,
	       size_t len, unsigned int flags)
{
	__typeof__(&splice) real = NEXT(splice);
	ssize_t r = real(fd_in, off_in, fd_out, off_out, len, flags);
	if (r != -1 || errno != EINVAL || off_in || off_out)
		return r;
	char buf[4096];
	if (len > sizeof buf)
		len = sizeof buf;
	r = read(fd_in, buf, len);
	if (r <= 0)
		return r;
	return write(fd_out, buf, (size_t)r);
}
