/*
 * locks/posix_close_any_fd_drops - POSIX record locks belong to the process
 * and the file, not to a descriptor: closing ANY descriptor the process has
 * on that file releases all of its locks on it, even a descriptor from a
 * separate open() or a dup() that never took a lock.  Closing a descriptor
 * of another file leaves them alone.
 *
 * Cites: fcntl(2) "Advisory record locking" (the consequences of locks
 * being associated with the process); POSIX fcntl(3p) DESCRIPTION (a
 * process's locks on a file go when it closes any descriptor for it).
 */
#include "locks.h"

FT_CASE("closing any fd of a file drops the process's POSIX locks on it",
	"fcntl(2) \"Advisory record locking\"; POSIX fcntl(3p)");

FT_POINT(close_other_open_drops)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	FT_TRUE(lk_locked_for_others(path, 0, 10));
	int other = FT_SYS(open(path, O_RDONLY)); /* never locked anything */
	close(other);
	FT_FALSE(lk_locked_for_others(path, 0, 10));
}

FT_POINT(close_dup_drops)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int d = FT_SYS(dup(fd));
	FT_SYS(lk_set(fd, F_SETLK, F_RDLCK, 2, 3));
	FT_TRUE(lk_locked_for_others(path, 0, 10));
	close(d);
	FT_FALSE(lk_locked_for_others(path, 0, 10));
}

FT_POINT(close_other_file_keeps)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int unrelated = ft_tmpfile("x", NULL);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	close(unrelated);
	FT_TRUE(lk_locked_for_others(path, 0, 10));
}
