/*
 * shim offset_positional_on_pipes: the positional calls (pread, pwrite,
 * preadv, pwritev, preadv2, pwritev2) on a descriptor that cannot seek
 * ignore the offset and read or write as read()/write() would, instead of
 * failing with ESPIPE - as a runtime that implements them by dropping the
 * offset where there is none.
 *
 * fdsuite-targets: offset/lseek_unseekable_espipe
 */
#include <errno.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static int espipe(long r)
{
	return r == -1 && errno == ESPIPE;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	long r = syscall(SYS_pread64, fd, buf, n, off);
	return espipe(r) ? syscall(SYS_read, fd, buf, n) : r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	long r = syscall(SYS_pwrite64, fd, buf, n, off);
	return espipe(r) ? syscall(SYS_write, fd, buf, n) : r;
}

ssize_t preadv(int fd, const struct iovec *iov, int cnt, off_t off)
{
	long r = syscall(SYS_preadv, fd, iov, cnt, off, 0);
	return espipe(r) ? syscall(SYS_readv, fd, iov, cnt) : r;
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
	long r = syscall(SYS_pwritev, fd, iov, cnt, off, 0);
	return espipe(r) ? syscall(SYS_writev, fd, iov, cnt) : r;
}

ssize_t preadv2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	long r = syscall(SYS_preadv2, fd, iov, cnt, off, 0, fl);
	return espipe(r) ? syscall(SYS_readv, fd, iov, cnt) : r;
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	long r = syscall(SYS_pwritev2, fd, iov, cnt, off, 0, fl);
	return espipe(r) ? syscall(SYS_writev, fd, iov, cnt) : r;
}

#include "rw_aliases.h"
