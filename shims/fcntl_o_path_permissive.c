/*
 * shim fcntl_o_path_permissive: an O_PATH descriptor is treated like an
 * ordinary open file: read() returns 0, write()/pwrite() claim to have
 * written everything, lseek() and fchmod() succeed, and fcntl() F_SETFL,
 * F_GETLK, F_SETLK, F_GETOWN, F_GETSIG report success - instead of EBADF.
 *
 * fdsuite-targets: fcntl/o_path_io_ebadf fcntl/o_path_other_commands_ebadf
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int is_path(int fd)
{
	long fl = syscall(SYS_fcntl, fd, F_GETFL);
	return fl != -1 && (fl & O_PATH);
}

ssize_t read(int fd, void *buf, size_t n)
{
	return is_path(fd) ? 0 : syscall(SYS_read, fd, buf, n);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	return is_path(fd) ? (ssize_t)n : syscall(SYS_write, fd, buf, n);
}

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return is_path(fd) ? 0 : syscall(SYS_pread64, fd, buf, n, off);
}

ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return is_path(fd) ? (ssize_t)n : syscall(SYS_pwrite64, fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	return pwrite(fd, buf, n, off);
}

off_t lseek(int fd, off_t off, int whence)
{
	return is_path(fd) ? 0 : (off_t)syscall(SYS_lseek, fd, off, whence);
}

off_t lseek64(int fd, off_t off, int whence)
{
	return lseek(fd, off, whence);
}

int fchmod(int fd, mode_t mode)
{
	return is_path(fd) ? 0 : (int)syscall(SYS_fchmod, fd, mode);
}

static int on_fcntl(int fd, int cmd, long arg)
{
	if (is_path(fd) && (cmd == F_SETFL || cmd == F_GETLK || cmd == F_SETLK ||
			    cmd == F_GETOWN || cmd == F_GETSIG))
		return 0;
	return real_fcntl(fd, cmd, arg);
}
