/*
 * shim mount_fd_not_lowest: the descriptors fsopen, fsmount, fspick and
 * open_tree return are moved one number up (F_DUPFD above the one the
 * kernel chose, which is then closed), so they never take the lowest free
 * number.
 *
 * fdsuite-targets: mount/new_fds_take_lowest
 */
#include "move_up.h"
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	long fd = real_syscall(nr, a);
	int i = shim_mount_flags_arg(nr);
	if (i < 0)
		return fd;
	return shim_move_up(fd, (a[i] & shim_mount_cloexec_bit(nr)) != 0);
}
