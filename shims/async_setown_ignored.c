/*
 * shim async_setown_ignored: F_SETOWN and F_SETOWN_EX report success but
 * set no owner, so no I/O signal (SIGIO, SIGURG, the F_SETSIG signal) is
 * ever sent for the descriptor and F_GETOWN keeps reporting the old owner
 * - a runtime that accepts the commands and drops them.
 *
 * fdsuite-targets: async/sigio_on_readable async/getown_reports_owner
 * fdsuite-targets: async/sigio_to_thread_or_process async/owner_per_description
 * fdsuite-targets: async/sigurg_out_of_band async/setsig_siginfo
 */
#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETOWN || cmd == F_SETOWN_EX)
		return real_fcntl(fd, F_GETFD, 0) == -1 ? -1 : 0;
	return real_fcntl(fd, cmd, arg);
}
