/*
 * shim mount_reconfigure_noop: fsconfig(FSCONFIG_CMD_RECONFIGURE) reports
 * success and applies nothing to the filesystem instance.
 *
 * fdsuite-targets: mount/fspick_reconfigures
 */
#include "syscall_hook.h"

static long on_syscall(long nr, long a[6])
{
	if (nr == SYS_fsconfig && a[1] == 7 /* FSCONFIG_CMD_RECONFIGURE */)
		return 0;
	return real_syscall(nr, a);
}
