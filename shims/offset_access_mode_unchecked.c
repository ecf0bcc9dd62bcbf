/*
 * shim offset_access_mode_unchecked: read() and pread() on a descriptor
 * not open for reading report end-of-file (0), and write() and pwrite()
 * on one not open for writing claim to have written everything, instead
 * of failing with EBADF - as a runtime that does not check access modes.
 * The vectored calls (readv, writev, preadv, pwritev, preadv2, pwritev2)
 * likewise.
 *
 * fdsuite-targets: offset/access_mode_ebadf
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static int ebadf(long r)
{
	return r == -1 && errno == EBADF;
}

static int valid(int fd) /* open, so EBADF was about the access mode */
{
	return syscall(SYS_fcntl, fd, F_GETFD) != -1;
}

ssize_t read(int fd, void *buf, size_t n)
{
	long r = syscall(SYS_read, fd, buf, n);
	return ebadf(r) && valid(fd) ? 0 : r;
}

ssize_t write(int fd, const void *buf, size_t n)
{
	long r = syscall(SYS_write, fd, buf, n);
	return ebadf(r) && valid(fd) ? (ssize_t)n : r;
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	long r = syscall(SYS_pread64, fd, buf, n, off);
	return ebadf(r) && valid(fd) ? 0 : r;
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	long r = syscall(SYS_pwrite64, fd, buf, n, off);
	return ebadf(r) && valid(fd) ? (ssize_t)n : r;
}

static ssize_t total(const struct iovec *iov, int cnt)
{
	ssize_t n = 0;
	for (int i = 0; i < cnt; i++)
		n += (ssize_t)iov[i].iov_len;
	return n;
}

#define READ_LIKE(r, fd) (ebadf(r) && valid(fd) ? 0 : (r))
#define WRITE_LIKE(r, fd, iov, cnt) (ebadf(r) && valid(fd) ? total(iov, cnt) : (r))

ssize_t readv(int fd, const struct iovec *iov, int cnt)
{
	long r = syscall(SYS_readv, fd, iov, cnt);
	return READ_LIKE(r, fd);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	long r = syscall(SYS_writev, fd, iov, cnt);
	return WRITE_LIKE(r, fd, iov, cnt);
}

ssize_t preadv(int fd, const struct iovec *iov, int cnt, off_t off)
{
	long r = syscall(SYS_preadv, fd, iov, cnt, off, 0);
	return READ_LIKE(r, fd);
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
	long r = syscall(SYS_pwritev, fd, iov, cnt, off, 0);
	return WRITE_LIKE(r, fd, iov, cnt);
}

ssize_t preadv2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	long r = syscall(SYS_preadv2, fd, iov, cnt, off, 0, fl);
	return READ_LIKE(r, fd);
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	long r = syscall(SYS_pwritev2, fd, iov, cnt, off, 0, fl);
	return WRITE_LIKE(r, fd, iov, cnt);
}

#include "rw_aliases.h"
