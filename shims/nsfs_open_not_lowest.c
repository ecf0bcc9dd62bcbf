/*
 * shim nsfs_open_not_lowest: a namespace file (/proc/PID/ns/NAME) opens
 * one number above the lowest free one (the kernel's choice is moved up
 * with F_DUPFD and closed).
 *
 * fdsuite-targets: nsfs/ns_open_takes_lowest
 */
#include "nsfs_ns_path.h"
#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	int fd = real_openat(dfd, path, flags, mode);
	if (fd < 0 || !shim_is_ns_path(path))
		return fd;
	int up = (int)syscall(SYS_fcntl, fd,
			      (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, fd + 1);
	if (up < 0)
		return fd;
	syscall(SYS_close, fd);
	return up;
}
