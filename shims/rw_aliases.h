/*
 * rw_aliases.h - the large-file names of the positional read/write calls
 * (pread64, pwrite64, preadv64, pwritev64, preadv64v2, pwritev64v2), which
 * a program built with _FILE_OFFSET_BITS=64 (or a 32-bit one) calls
 * instead; a shim that wraps pread ... pwritev2 includes this after its
 * wrappers so that those names reach them too.  RW_ALIASES_NO_V2 leaves
 * out preadv64v2/pwritev64v2 for a shim that does not wrap preadv2 and
 * pwritev2.
 */
#include <sys/types.h>
#include <sys/uio.h>

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite(fd, buf, n, off);
}

ssize_t preadv64(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return preadv(fd, iov, cnt, off);
}

ssize_t pwritev64(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return pwritev(fd, iov, cnt, off);
}

#ifndef RW_ALIASES_NO_V2
ssize_t preadv64v2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return preadv2(fd, iov, cnt, off, fl);
}

ssize_t pwritev64v2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return pwritev2(fd, iov, cnt, off, fl);
}
#endif
