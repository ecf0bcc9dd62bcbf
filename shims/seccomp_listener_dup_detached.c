/*
 * shim seccomp_listener_dup_detached: a copy of a seccomp listener made
 * with dup(), dup2(), dup3() or fcntl(F_DUPFD/F_DUPFD_CLOEXEC) is not the
 * listener but /dev/null: notifications cannot be received through it.
 *
 * fdsuite-targets: seccomp/listener_copies
 */
#include <fcntl.h>
#include "seccomp_hook.h"

#include "fcntl_hook.h"

static int null_at(int newfd, int cloexec)
{
	int n = (int)syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY | O_CLOEXEC);
	if (n < 0 || newfd < 0) {
		if (n >= 0 && !cloexec)
			syscall(SYS_fcntl, n, F_SETFD, 0);
		return n;
	}
	int r = (int)syscall(SYS_dup3, n, newfd, cloexec ? O_CLOEXEC : 0);
	close(n);
	return r;
}

int dup(int fd)
{
	if (shim_is_listener(fd))
		return null_at(-1, 0);
	return (int)syscall(SYS_dup, fd);
}
int dup2(int fd, int newfd)
{
	if (fd != newfd && shim_is_listener(fd))
		return null_at(newfd, 0);
	if (fd == newfd)
		return (int)syscall(SYS_fcntl, fd, F_GETFD) == -1 ? -1 : fd;
	return (int)syscall(SYS_dup3, fd, newfd, 0);
}
int dup3(int fd, int newfd, int flags)
{
	if (shim_is_listener(fd) && fd != newfd)
		return null_at(newfd, flags & O_CLOEXEC);
	return (int)syscall(SYS_dup3, fd, newfd, flags);
}
static int on_fcntl(int fd, int cmd, long arg)
{
	if ((cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) && shim_is_listener(fd)) {
		int n = (int)syscall(SYS_openat, AT_FDCWD, "/dev/null",
				     O_RDONLY | O_CLOEXEC);
		if (n < 0)
			return n;
		int r = (int)syscall(SYS_fcntl, n, cmd, arg);
		close(n);
		return r;
	}
	return real_fcntl(fd, cmd, arg);
}
