/*
 * shim dup_copies_cloexec: dup(), dup2(), dup3(flags 0) and
 * fcntl(F_DUPFD) copy oldfd's FD_CLOEXEC to the new descriptor instead of
 * leaving it clear, as if the flag lived in the open file description.
 *
 * fdsuite-targets: dup/dup_clears_cloexec dup/cloexec_not_shared
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int copy_flag(int oldfd, int newfd)
{
	if (newfd < 0)
		return newfd;
	int f = (int)syscall(SYS_fcntl, oldfd, F_GETFD);
	if (f > 0)
		syscall(SYS_fcntl, newfd, F_SETFD, f);
	return newfd;
}

int dup(int oldfd)
{
	return copy_flag(oldfd, (int)syscall(SYS_dup, oldfd));
}

int dup2(int oldfd, int newfd)
{
	return copy_flag(oldfd, (int)syscall(SYS_dup2, oldfd, newfd));
}

int dup3(int oldfd, int newfd, int flags)
{
	return copy_flag(oldfd, (int)syscall(SYS_dup3, oldfd, newfd, flags));
}

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	return cmd == F_DUPFD ? copy_flag(fd, r) : r;
}
