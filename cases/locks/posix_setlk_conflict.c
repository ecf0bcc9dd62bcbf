/*
 * locks/posix_setlk_conflict - F_SETLK never waits: a request that
 * conflicts with another process's lock fails at once with EACCES or
 * EAGAIN (POSIX allows either); read locks are shared, a write lock
 * excludes both kinds, and ranges that do not overlap never conflict.
 *
 * Cites: fcntl(2) "Advisory record locking" (F_SETLK, lock types), ERRORS;
 * POSIX fcntl(3p).
 */
#include "locks.h"

FT_CASE("F_SETLK on a conflicting range fails at once with EACCES or EAGAIN",
	"fcntl(2) \"Advisory record locking\" (F_SETLK); ERRORS; POSIX fcntl(3p)");

static void expect_conflict(int fd, short type, off_t start, off_t len)
{
	errno = 0;
	int r = lk_set(fd, F_SETLK, type, start, len);
	int e = errno;
	FT_EQ(r, -1);
	if (e != EAGAIN && e != EACCES)
		FT_FAIL("F_SETLK failed with %s, not EACCES or EAGAIN",
			ft_errno_name(e));
}

FT_POINT(write_vs_write)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 0, 5, 0, &rel);
	expect_conflict(fd, F_WRLCK, 4, 2);
	expect_conflict(fd, F_RDLCK, 0, 1);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 5, 5)); /* adjacent, no overlap */
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT(read_locks_shared)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_RDLCK, 0, 10, 0, &rel);
	FT_SYS(lk_set(fd, F_SETLK, F_RDLCK, 0, 10));
	expect_conflict(fd, F_WRLCK, 9, 1);
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT(free_after_holder_exits)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 0, 0, 0, &rel);
	expect_conflict(fd, F_WRLCK, 0, 1);
	close(rel);
	FT_CHILD_OK(pid); /* locks are released when the process terminates */
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 1));
}
