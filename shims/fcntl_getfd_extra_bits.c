/*
 * shim fcntl_getfd_extra_bits: F_GETFD reports an extra, undefined bit
 * (2) besides FD_CLOEXEC, as a runtime that keeps private per-descriptor
 * bits in the same word and forgets to mask them would.
 *
 * fdsuite-targets: fcntl/getfd_only_cloexec fcntl/setfd_sets_cloexec
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	return (cmd == F_GETFD && r != -1) ? r | 2 : r;
}
