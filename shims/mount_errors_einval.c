/*
 * shim mount_errors_einval: every failure of fsopen, fsconfig, fsmount,
 * open_tree, fspick and move_mount reports EINVAL, the one errno an
 * implementation that does not tell its errors apart would give.
 *
 * fdsuite-targets: mount/new_mount_errors
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	long r = real_syscall(nr, a);
	if (r == -1 && nr >= SYS_open_tree && nr <= SYS_fspick)
		errno = EINVAL;
	return r;
}
