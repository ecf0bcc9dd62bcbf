/*
 * shim async_lease_ignored: F_SETLEASE reports success without taking or
 * removing a lease: F_GETLEASE then disagrees, conflicting requests are
 * granted, and nobody's open ever waits for a holder.
 *
 * fdsuite-targets: async/lease_set_get async/lease_conflicts_eagain
 * fdsuite-targets: async/lease_break_blocks_opener
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETLEASE)
		return real_fcntl(fd, F_GETFD, 0) == -1 ? -1 : 0;
	return real_fcntl(fd, cmd, arg);
}
