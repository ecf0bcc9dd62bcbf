/*
 * locks/posix_own_locks_merge_split - a process's own POSIX locks never
 * conflict with each other: a new lock over a range it already holds
 * replaces the old type there, which can split an existing lock in two or
 * coalesce adjacent locks of the same type into one, as another process
 * sees through F_GETLK.
 *
 * Cites: fcntl(2) "Advisory record locking" (converting a range can split,
 * shrink or coalesce existing locks); POSIX fcntl(3p).
 */
#include "locks.h"

FT_CASE("a process's own POSIX locks never conflict; they convert, split and merge",
	"fcntl(2) \"Advisory record locking\"; POSIX fcntl(3p)");

FT_POINT(own_locks_never_conflict)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FD int other = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	FT_SYS(lk_set(other, F_SETLK, F_WRLCK, 5, 10)); /* same process */
	FT_SYS(lk_set(fd, F_SETLK, F_RDLCK, 0, 3));     /* convert part */
	struct flock fl = lk_get_other(path, F_RDLCK, 0, 100);
	FT_EQ(fl.l_type, F_WRLCK); /* the write part still blocks a read */
	FT_EQ(fl.l_start, 3);
}

FT_POINT(unlock_middle_splits)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 10));
	FT_SYS(lk_set(fd, F_SETLK, F_UNLCK, 4, 2));
	struct flock a = lk_get_other(path, F_WRLCK, 0, 10);
	FT_EQ(a.l_start, 0);
	FT_EQ(a.l_len, 4);
	FT_EQ(lk_get_other(path, F_WRLCK, 4, 2).l_type, F_UNLCK);
	struct flock b = lk_get_other(path, F_WRLCK, 4, 6);
	FT_EQ(b.l_type, F_WRLCK);
	FT_EQ(b.l_start, 6);
	FT_EQ(b.l_len, 4);
}

FT_POINT(adjacent_same_type_merge)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 5));
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 5, 5));
	struct flock fl = lk_get_other(path, F_WRLCK, 0, 10);
	FT_EQ(fl.l_start, 0);
	FT_EQ(fl.l_len, 10);
}
