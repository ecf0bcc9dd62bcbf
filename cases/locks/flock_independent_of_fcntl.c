/*
 * locks/flock_independent_of_fcntl - on Linux flock locks and fcntl locks
 * (POSIX record locks and OFD locks) do not interact: a file can be
 * flock-locked exclusively through one description and write-locked with
 * fcntl by another process or description at the same time.
 *
 * Cites: flock(2) NOTES (since Linux 2.0 flock() is its own system call;
 * no interaction between flock() and fcntl(2) locks, except over NFS/SMB).
 */
#include "locks.h"

FT_CASE("flock and fcntl locks on the same file do not interact",
	"flock(2) NOTES");

FT_POINT(flock_then_posix_other_process)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(flock(fd, LOCK_EX));
	pid_t pid = ft_fork();
	if (pid == 0) {
		int o = FT_SYS(open(path, O_RDWR));
		FT_SYS(lk_set(o, F_SETLK, F_WRLCK, 0, 0));
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(posix_then_flock_other_process)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 0, 0, 0, &rel);
	FT_SYS(flock(fd, LOCK_EX | LOCK_NB));
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT_OPTS(flock_and_ofd_two_opens, .needs = FT_NEEDS_OFD_LOCKS)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(flock(a, LOCK_EX));
	FT_SYS(lk_set(b, F_OFD_SETLK, F_WRLCK, 0, 0));
	FT_TRUE(lk_flock_busy(path)); /* both kinds are held at once */
	FT_TRUE(lk_ofd_busy(path, 0, 1));
}
