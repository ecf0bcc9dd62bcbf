/*
 * shim nsfs_open_not_lowest: a namespace file (/proc/PID/ns/NAME) opens
 * one number above the lowest free one (the kernel's choice is moved up
 * with F_DUPFD and closed).
 *
 * fdsuite-targets: nsfs/ns_open_takes_lowest
 */
#include "move_up.h"
#include "nsfs_ns_path.h"
#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	int fd = real_openat(dfd, path, flags, mode);
	if (!shim_is_ns_path(path))
		return fd;
	return (int)shim_move_up(fd, (flags & O_CLOEXEC) != 0);
}
