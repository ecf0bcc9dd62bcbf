/*
 * shim dup_all_reopen: dup2(), dup3() and fcntl(F_DUPFD/F_DUPFD_CLOEXEC)
 * give the new descriptor a *new* open file description (a reopen of
 * /proc/self/fd/N with the same access mode and O_APPEND/O_NONBLOCK), as
 * an emulator that models descriptors as paths would.  Offset and status
 * flags are then no longer shared with oldfd.
 *
 * fdsuite-targets: dup/dup2_dup3_share_description dup/dup2_replaces_newfd
 * fdsuite-targets: dup/f_dupfd_cloexec_sets_flag
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int reopen(int oldfd)
{
	char path[64];
	int fl = (int)syscall(SYS_fcntl, oldfd, F_GETFL);
	if (fl == -1)
		return -1;
	snprintf(path, sizeof path, "/proc/self/fd/%d", oldfd);
	return (int)syscall(SYS_openat, AT_FDCWD, path,
			    fl & (O_ACCMODE | O_APPEND | O_NONBLOCK | O_PATH));
}

int dup3(int oldfd, int newfd, int flags)
{
	if (oldfd == newfd || newfd < 0)
		return (int)syscall(SYS_dup3, oldfd, newfd, flags);
	int t = reopen(oldfd);
	if (t == -1)
		return -1;
	if (t == newfd) {
		syscall(SYS_fcntl, t, F_SETFD, (flags & O_CLOEXEC) ? FD_CLOEXEC : 0);
		return t;
	}
	int r = (int)syscall(SYS_dup3, t, newfd, flags);
	syscall(SYS_close, t);
	return r;
}

int dup2(int oldfd, int newfd)
{
	if (oldfd == newfd)
		return (int)syscall(SYS_dup2, oldfd, newfd);
	return dup3(oldfd, newfd, 0);
}

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
		int t = reopen(fd);
		if (t == -1)
			return -1;
		int r = (int)syscall(SYS_fcntl, t, cmd, arg);
		syscall(SYS_close, t);
		return r;
	}
	return real_fcntl(fd, cmd, arg);
}
