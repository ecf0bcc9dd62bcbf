/*
 * shim locks_posix_noop: POSIX record locking is a stub, as on a
 * filesystem or emulator that does not implement it: F_SETLK and F_SETLKW
 * report success without locking anything (and without checking the
 * descriptor's access mode), and F_GETLK always answers F_UNLCK.
 *
 * fdsuite-targets: locks/posix_setlk_conflict locks/posix_lock_range_forms locks/posix_lock_needs_access_mode locks/posix_getlk_reports_holder locks/posix_own_locks_merge_split locks/posix_not_inherited_by_fork locks/posix_close_any_fd_drops locks/posix_shared_by_threads
 */
#include <fcntl.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if (cmd == F_SETLK || cmd == F_SETLKW)
		return 0;
	if (cmd == F_GETLK) {
		((struct flock *)arg)->l_type = F_UNLCK;
		return 0;
	}
	return real_fcntl(fd, cmd, arg);
}
