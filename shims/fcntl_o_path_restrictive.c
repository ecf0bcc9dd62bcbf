/*
 * shim fcntl_o_path_restrictive: an O_PATH descriptor supports almost
 * nothing, as on kernels before the O_PATH operations were added (or in a
 * runtime that implements O_PATH as a bare placeholder): fcntl() F_SETFD,
 * F_DUPFD and F_DUPFD_CLOEXEC, fstat(), fstatfs(), fchdir() and openat()
 * relative to it fail with EBADF, and F_GETFL does not report O_PATH.
 *
 * fdsuite-targets: fcntl/o_path_allowed_commands fcntl/o_path_fd_level_ops
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int is_path(int fd)
{
	long fl = syscall(SYS_fcntl, fd, F_GETFL);
	return fl != -1 && (fl & O_PATH);
}

static int ebadf(void)
{
	errno = EBADF;
	return -1;
}

static int on_fcntl(int fd, int cmd, long arg)
{
	if (is_path(fd)) {
		if (cmd == F_SETFD || cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
			return ebadf();
		if (cmd == F_GETFL)
			return (int)(syscall(SYS_fcntl, fd, cmd) & ~(long)O_PATH);
	}
	return real_fcntl(fd, cmd, arg);
}

int fstat(int fd, struct stat *st)
{
	return is_path(fd) ? ebadf() : (int)syscall(SYS_fstat, fd, st);
}

int fstat64(int fd, struct stat64 *st)
{
	return is_path(fd) ? ebadf() : (int)syscall(SYS_fstat, fd, st);
}

int fstatfs(int fd, struct statfs *st)
{
	return is_path(fd) ? ebadf() : (int)syscall(SYS_fstatfs, fd, st);
}

int fstatfs64(int fd, struct statfs64 *st)
{
	return is_path(fd) ? ebadf() : (int)syscall(SYS_fstatfs, fd, st);
}

int fchdir(int fd)
{
	return is_path(fd) ? ebadf() : (int)syscall(SYS_fchdir, fd);
}

int openat(int dfd, const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int mode = va_arg(ap, int);
	va_end(ap);
	if (dfd >= 0 && is_path(dfd))
		return ebadf();
	return (int)syscall(SYS_openat, dfd, path, flags, mode);
}

int openat64(int dfd, const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int mode = va_arg(ap, int);
	va_end(ap);
	return openat(dfd, path, flags, mode);
}
