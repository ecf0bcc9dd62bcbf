/*
 * shim mount_fd_not_lowest: the descriptors fsopen, fsmount, fspick and
 * open_tree return are moved one number up (F_DUPFD above the one the
 * kernel chose, which is then closed), so they never take the lowest free
 * number.
 *
 * fdsuite-targets: mount/new_fds_take_lowest
 */
#include "syscall_hook.h"
#include <fcntl.h>

static long on_syscall(long nr, long *a)
{
	long fd = real_syscall(nr, a);
	if (shim_mount_flags_arg(nr) < 0 || fd < 0)
		return fd;
	int cx = (int)real_syscall(SYS_fcntl, (long[6]){ fd, F_GETFD });
	long up = real_syscall(SYS_fcntl, (long[6]){ fd,
		(cx > 0 && (cx & FD_CLOEXEC)) ? F_DUPFD_CLOEXEC : F_DUPFD, fd + 1 });
	if (up >= 0)
		real_syscall(SYS_close, (long[6]){ fd });
	return up >= 0 ? up : fd;
}
