/*
 * shim async_setsig_ignored: F_SETSIG reports success but leaves the
 * signal as it was, so SIGIO (with no si_fd) is sent instead of the
 * chosen signal and F_GETSIG keeps returning 0.
 *
 * fdsuite-targets: async/setsig_siginfo async/dnotify_directory_events
 * fdsuite-targets: async/lease_break_blocks_opener
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETSIG)
		return real_fcntl(fd, F_GETFD, 0) == -1 ? -1 : 0;
	return real_fcntl(fd, cmd, arg);
}
