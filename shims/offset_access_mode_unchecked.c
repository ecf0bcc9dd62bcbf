/*
 * shim offset_access_mode_unchecked: read() and pread() on a descriptor
 * not open for reading report end-of-file (0), and write() and pwrite()
 * on one not open for writing claim to have written everything, instead
 * of failing with EBADF - as a runtime that does not check access modes.
 *
 * fdsuite-targets: offset/access_mode_ebadf
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
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

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite(fd, buf, n, off);
}
