/*
 * shim locks_flock_via_fcntl: flock() is emulated with whole-file POSIX
 * record locks (LOCK_SH as F_RDLCK, LOCK_EX as F_WRLCK, LOCK_NB as F_SETLK
 * instead of F_SETLKW), the way some systems and old libraries implement
 * it: the lock then belongs to the process, is dropped by closing any
 * descriptor, is not shared with forked children, never conflicts within
 * one process, needs a matching open mode, and collides with fcntl locks.
 *
 * fdsuite-targets: locks/flock_shared_by_dup_and_fork locks/flock_separate_opens_conflict locks/flock_independent_of_fcntl locks/flock_convert_mode locks/flock_conversion_not_atomic locks/flock_blocking_waits
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>

int flock(int fd, int op)
{
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	fl.l_whence = SEEK_SET;
	switch (op & ~LOCK_NB) {
	case LOCK_SH:
		fl.l_type = F_RDLCK;
		break;
	case LOCK_EX:
		fl.l_type = F_WRLCK;
		break;
	case LOCK_UN:
		fl.l_type = F_UNLCK;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	int r = fcntl(fd, op & LOCK_NB ? F_SETLK : F_SETLKW, &fl);
	if (r == -1 && errno == EACCES)
		errno = EWOULDBLOCK;
	return r;
}
