/*
 * shim mount_move_mount_noop: move_mount reports success and attaches
 * nothing; the mount point keeps showing the directory underneath.
 *
 * fdsuite-targets: mount/move_mount_attaches
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	if (nr == SYS_move_mount)
		return 0;
	return real_syscall(nr, a);
}
