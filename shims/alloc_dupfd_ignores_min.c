/*
 * shim alloc_dupfd_ignores_min: fcntl(F_DUPFD/F_DUPFD_CLOEXEC, arg) ignores
 * arg and behaves like dup() (the lowest free number overall), the way an
 * emulator that maps F_DUPFD onto dup would.  The minimum is not honored
 * and an out-of-range arg is not rejected.
 *
 * fdsuite-targets: alloc/fdupfd_honors_minimum alloc/fdupfd_limit_einval
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
		arg = 0;
	return real_fcntl(fd, cmd, arg);
}
