/*
 * shim offset_pwrite_posix: pwrite() on an O_APPEND descriptor writes at
 * the offset it is given, as POSIX asks and as other systems do, instead
 * of appending as Linux documents (O_APPEND is dropped for the call).
 *
 * fdsuite-targets: offset/pwrite_append_appends
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	long fl = syscall(SYS_fcntl, fd, F_GETFL);
	if (fl == -1 || !(fl & O_APPEND))
		return syscall(SYS_pwrite64, fd, buf, n, off);
	syscall(SYS_fcntl, fd, F_SETFL, fl & ~(long)O_APPEND);
	ssize_t r = syscall(SYS_pwrite64, fd, buf, n, off);
	syscall(SYS_fcntl, fd, F_SETFL, fl);
	return r;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite(fd, buf, n, off);
}
