/*
 * shim fcntl_setfl_noop: F_SETFL reports success and changes nothing, as
 * a runtime that accepts the command but does not implement it would.
 *
 * fdsuite-targets: fcntl/setfl_append_takes_effect
 * fdsuite-targets: fcntl/setfl_nonblock_takes_effect fcntl/setfl_sets_and_clears
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETFL && syscall(SYS_fcntl, fd, F_GETFD) != -1)
		return 0;
	return real_fcntl(fd, cmd, arg);
}
