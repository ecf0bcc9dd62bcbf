/*
 * shim offset_pread_moves: pread(), pwrite(), preadv() and pwritev() are
 * emulated with lseek() to the given offset followed by read()/write()
 * (readv()/writev()), without restoring the file offset - the classic
 * emulation on systems without positional I/O, which moves the offset.
 * preadv2() and pwritev2() given an offset (not -1) do the same.
 *
 * fdsuite-targets: offset/pread_pwrite_keep_offset
 * fdsuite-targets: offset/preadv_pwritev_keep_offset offset/pwrite_append_appends
 */
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static int seek(int fd, off_t off)
{
	return syscall(SYS_lseek, fd, off, SEEK_SET) == -1 ? -1 : 0;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return seek(fd, off) ? -1 : syscall(SYS_read, fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return seek(fd, off) ? -1 : syscall(SYS_write, fd, buf, n);
}

ssize_t preadv(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return seek(fd, off) ? -1 : syscall(SYS_readv, fd, iov, cnt);
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return seek(fd, off) ? -1 : syscall(SYS_writev, fd, iov, cnt);
}

ssize_t preadv2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	if (off == -1)
		return syscall(SYS_preadv2, fd, iov, cnt, off, 0, fl);
	return preadv(fd, iov, cnt, off);
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	if (off == -1)
		return syscall(SYS_pwritev2, fd, iov, cnt, off, 0, fl);
	return pwritev(fd, iov, cnt, off);
}

#include "rw_aliases.h"
