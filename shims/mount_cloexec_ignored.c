/*
 * shim mount_cloexec_ignored: fsopen, fsmount, fspick and open_tree drop
 * their close-on-exec flag (FSOPEN_CLOEXEC, FSMOUNT_CLOEXEC,
 * FSPICK_CLOEXEC, OPEN_TREE_CLOEXEC), as a kernel or emulator that
 * ignored it would: the descriptors survive exec.
 *
 * fdsuite-targets: mount/new_fds_cloexec
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	int i = shim_mount_flags_arg(nr);
	if (i >= 0)
		a[i] &= ~shim_mount_cloexec_bit(nr);
	return real_syscall(nr, a);
}
