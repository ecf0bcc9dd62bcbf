/*
 * shim fcntl_noatime_unchecked: when F_SETFL with O_NOATIME is refused
 * (EPERM: not the owner, no CAP_FOWNER), the flag is silently dropped and
 * the call reports success, so the permission rule is not enforced as
 * documented.
 *
 * fdsuite-targets: fcntl/noatime_needs_owner
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	if (r == -1 && errno == EPERM && cmd == F_SETFL && (arg & O_NOATIME))
		r = (int)syscall(SYS_fcntl, fd, cmd, arg & ~(long)O_NOATIME);
	return r;
}
