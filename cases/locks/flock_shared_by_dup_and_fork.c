/*
 * locks/flock_shared_by_dup_and_fork - a flock lock belongs to the open
 * file description: descriptors made by dup or inherited across fork refer
 * to the same lock and any of them can release it with LOCK_UN; closing
 * some of them keeps it; it is released when all of them are closed.
 *
 * Cites: flock(2) DESCRIPTION (locks are associated with an open file
 * description; released by LOCK_UN on any duplicate or when all such
 * descriptors are closed).
 */
#include "locks.h"

FT_CASE("a flock lock is shared by dups and forked children and released on the last close",
	"flock(2) DESCRIPTION");

FT_POINT(close_dup_keeps)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile("x", path);
	int d = FT_SYS(dup(fd));
	FT_SYS(flock(fd, LOCK_EX));
	close(fd);
	FT_TRUE(lk_flock_busy(path));
	close(d);
	FT_FALSE(lk_flock_busy(path));
}

FT_POINT(unlock_through_dup)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(flock(fd, LOCK_EX));
	FT_SYS(flock(d, LOCK_UN));
	FT_FALSE(lk_flock_busy(path));
}

FT_POINT(child_shares_lock)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_SYS(flock(fd, LOCK_EX));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(flock(fd, LOCK_EX | LOCK_NB)); /* already its lock */
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_TRUE(lk_flock_busy(path)); /* the child's exit did not release it */
}

FT_POINT(child_unlock_releases)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_SYS(flock(fd, LOCK_EX));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(flock(fd, LOCK_UN));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FALSE(lk_flock_busy(path));
}
