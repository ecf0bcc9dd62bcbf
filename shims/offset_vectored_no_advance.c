/*
 * shim offset_vectored_no_advance: readv() and writev() transfer at the
 * current file offset but never advance it (as if implemented with
 * preadv/pwritev at the current offset and no update afterwards); so do
 * preadv2() and pwritev2() given offset -1 (the current offset), and
 * write() (pwrite at the current offset).
 *
 * fdsuite-targets: offset/readv_writev_advance_once
 */
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

ssize_t readv(int fd, const struct iovec *iov, int cnt)
{
	off_t off = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	if (off == -1)
		return syscall(SYS_readv, fd, iov, cnt);
	return syscall(SYS_preadv, fd, iov, cnt, off, 0);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	off_t off = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	if (off == -1)
		return syscall(SYS_writev, fd, iov, cnt);
	return syscall(SYS_pwritev, fd, iov, cnt, off, 0);
}

ssize_t preadv2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	if (off == -1)
		off = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	return syscall(SYS_preadv2, fd, iov, cnt, off, 0, fl);
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	if (off == -1)
		off = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	return syscall(SYS_pwritev2, fd, iov, cnt, off, 0, fl);
}

ssize_t preadv64v2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return preadv2(fd, iov, cnt, off, fl);
}

ssize_t pwritev64v2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return pwritev2(fd, iov, cnt, off, fl);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	off_t off = (off_t)syscall(SYS_lseek, fd, 0, SEEK_CUR);
	if (off == -1)
		return syscall(SYS_write, fd, buf, n);
	return syscall(SYS_pwrite64, fd, buf, n, off);
}
