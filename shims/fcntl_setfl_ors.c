/*
 * shim fcntl_setfl_ors: F_SETFL adds the flags in its argument to the
 * current status flags instead of replacing them, so no status flag can
 * ever be cleared with F_SETFL.
 *
 * fdsuite-targets: fcntl/setfl_replaces_flags fcntl/setfl_sets_and_clears
 * fdsuite-targets: fcntl/setfl_append_takes_effect
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETFL) {
		long cur = syscall(SYS_fcntl, fd, F_GETFL);
		if (cur != -1)
			arg |= cur;
	}
	return real_fcntl(fd, cmd, arg);
}
