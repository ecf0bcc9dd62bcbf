/*
 * shim mount_clone_is_new_fs: open_tree(OPEN_TREE_CLONE) returns the
 * mount of a new, empty tmpfs instead of a bind mount of the path, so the
 * clone does not reach the source's files.
 *
 * fdsuite-targets: mount/open_tree_clone_dirfd
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	if (nr != SYS_open_tree || !(a[2] & 1 /* OPEN_TREE_CLONE */))
		return real_syscall(nr, a);
	long ctx = real_syscall(SYS_fsopen, (long[6]){ (long)"tmpfs", 1 });
	if (ctx < 0)
		return ctx;
	long r = real_syscall(SYS_fsconfig, (long[6]){ ctx, 6 /* CMD_CREATE */ });
	if (r == 0)
		r = real_syscall(SYS_fsmount, (long[6]){ ctx, 1 });
	real_syscall(SYS_close, (long[6]){ ctx });
	return r;
}
