/*
 * shim dup_family_reopens: the rest of the dup family - dup2, dup3 and
 * fcntl F_DUPFD / F_DUPFD_CLOEXEC - put a *new* open file description
 * (a reopen of /proc/self/fd/N with the same access mode) on the new
 * number, while dup() itself stays right: a runtime that fixed one call
 * of the family and not the others.  Offsets are no longer shared.
 *
 * fdsuite-targets: dup/shares_offset dup/shares_status_flags
 * fdsuite-targets: dup/close_one_keeps_other dup/o_path_survives_dup
 */
#include <stdio.h>
#include "fcntl_hook.h"

static int reopen_at(int oldfd, int newfd, int cloexec)
{
	char path[64];
	int fl = real_fcntl(oldfd, F_GETFL, 0);
	if (fl == -1)
		return -1;
	snprintf(path, sizeof path, "/proc/self/fd/%d", oldfd);
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path,
			      (fl & (O_ACCMODE | O_APPEND | O_NONBLOCK)) |
				      (cloexec ? O_CLOEXEC : 0));
	if (fd == -1 || newfd < 0 || fd == newfd)
		return fd;
	int r = (int)syscall(SYS_dup3, fd, newfd, cloexec ? O_CLOEXEC : 0);
	syscall(SYS_close, fd);
	return r;
}

int dup2(int oldfd, int newfd)
{
	return reopen_at(oldfd, newfd, 0);
}

int dup3(int oldfd, int newfd, int flags)
{
	return reopen_at(oldfd, newfd, flags & O_CLOEXEC);
}

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) {
		int lowest = real_fcntl(fd, cmd, arg); /* the number to use */
		if (lowest == -1)
			return -1;
		int r = reopen_at(fd, lowest, cmd == F_DUPFD_CLOEXEC);
		if (r != lowest)
			syscall(SYS_close, lowest);
		return r;
	}
	return real_fcntl(fd, cmd, arg);
}
