/*
 * shim mount_cloexec_always: fsopen, fsmount, fspick and open_tree make
 * every descriptor close-on-exec, asked or not: a mount descriptor is
 * never inherited by an exec'd image.
 *
 * fdsuite-targets: mount/new_fds_cloexec mount/mount_fd_fork_exec
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	int i = shim_mount_flags_arg(nr);
	if (i >= 0)
		a[i] |= shim_mount_cloexec_bit(nr);
	return real_syscall(nr, a);
}
