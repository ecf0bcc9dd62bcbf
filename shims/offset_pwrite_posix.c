/*
 * shim offset_pwrite_posix: pwrite() on an O_APPEND descriptor writes at
 * the offset it is given, as POSIX asks and as other systems do, instead
 * of appending as Linux documents (O_APPEND is dropped for the call);
 * pwritev() and pwritev2() likewise.
 *
 * fdsuite-targets: offset/pwrite_append_appends
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* the call without O_APPEND on fd's description */
#define NO_APPEND(fd, call)                                                 \
	({                                                                  \
		long fl_ = syscall(SYS_fcntl, (fd), F_GETFL);               \
		if (fl_ != -1 && (fl_ & O_APPEND))                          \
			syscall(SYS_fcntl, (fd), F_SETFL, fl_ & ~(long)O_APPEND); \
		ssize_t r_ = (call);                                        \
		if (fl_ != -1 && (fl_ & O_APPEND))                          \
			syscall(SYS_fcntl, (fd), F_SETFL, fl_);             \
		r_;                                                         \
	})

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return NO_APPEND(fd, syscall(SYS_pwrite64, fd, buf, n, off));
}

ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return NO_APPEND(fd, syscall(SYS_pwritev, fd, iov, cnt, off, 0));
}

ssize_t pwritev2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return NO_APPEND(fd, syscall(SYS_pwritev2, fd, iov, cnt, off, 0, fl));
}

ssize_t pwritev64(int fd, const struct iovec *iov, int cnt, off_t off)
{
	return pwritev(fd, iov, cnt, off);
}

ssize_t pwritev64v2(int fd, const struct iovec *iov, int cnt, off_t off, int fl)
{
	return pwritev2(fd, iov, cnt, off, fl);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite(fd, buf, n, off);
}
