/*
 * shim fcntl_setfl_keeps_all_bits: F_GETFL reports back, verbatim, the
 * last argument given to F_SETFL on that descriptor number - access mode,
 * creation flags, O_SYNC/O_DSYNC and all - as a runtime that stores the
 * word instead of applying the kernel's rules would.
 *
 * fdsuite-targets: fcntl/setfl_ignores_access_mode
 * fdsuite-targets: fcntl/setfl_ignores_creation_flags
 * fdsuite-targets: fcntl/setfl_cannot_change_sync
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

#define MAXFD 1024
static long stored[MAXFD];
static char has[MAXFD];

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	if (r == -1 || fd < 0 || fd >= MAXFD)
		return r;
	if (cmd == F_SETFL) {
		stored[fd] = arg;
		has[fd] = 1;
	} else if (cmd == F_GETFL && has[fd]) {
		return (int)stored[fd];
	}
	return r;
}
