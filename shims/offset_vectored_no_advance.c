/*
 * shim offset_vectored_no_advance: readv() and writev() transfer at the
 * current file offset but never advance it (as if implemented with
 * preadv/pwritev at the current offset and no update afterwards).
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
