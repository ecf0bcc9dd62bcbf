/*
 * shim locks_posix_as_ofd: F_SETLK, F_SETLKW and F_GETLK are carried out
 * as F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK, as an emulation that keeps
 * every record lock on the open file description would: locks survive the
 * close of another descriptor, are shared with forked children, conflict
 * between two opens in one process (and between threads), report l_pid
 * -1, and get no deadlock detection.
 *
 * fdsuite-targets: locks/posix_close_any_fd_drops locks/posix_not_inherited_by_fork locks/posix_getlk_reports_holder locks/posix_own_locks_merge_split locks/posix_shared_by_threads locks/posix_setlkw_deadlock
 */
#include <fcntl.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int ofd = cmd == F_SETLK    ? F_OFD_SETLK
		  : cmd == F_SETLKW ? F_OFD_SETLKW
		  : cmd == F_GETLK  ? F_OFD_GETLK
				    : 0;
	if (!ofd)
		return real_fcntl(fd, cmd, arg);
	struct flock *fl = (struct flock *)arg;
	fl->l_pid = 0;
	return real_fcntl(fd, ofd, (long)fl);
}
