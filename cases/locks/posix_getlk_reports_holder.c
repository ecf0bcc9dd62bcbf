/*
 * locks/posix_getlk_reports_holder - F_GETLK describes a lock that would
 * block the one asked about: its type, its range (l_whence SEEK_SET with
 * an absolute l_start, l_len 0 for a lock that reaches to the end of the
 * file) and the PID of the holding process; if nothing
 * would block it, l_type comes back F_UNLCK and every other field is left
 * as it was passed in.
 *
 * Cites: fcntl(2) "Advisory record locking" (F_GETLK); POSIX fcntl(3p).
 */
#include "locks.h"

FT_CASE("F_GETLK reports the blocking lock's type, range and holder PID, else F_UNLCK",
	"fcntl(2) \"Advisory record locking\" (F_GETLK); POSIX fcntl(3p)");

FT_POINT(reports_type_range_pid)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdef", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 4, 6, 0, &rel);
	struct flock fl = lk_get(fd, F_GETLK, F_RDLCK, 0, 100);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_whence, SEEK_SET);
	FT_EQ(fl.l_start, 4);
	FT_EQ(fl.l_len, 6);
	FT_EQ(fl.l_pid, pid);
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT(no_conflict_leaves_fields)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdef", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 4, 6, 0, &rel);
	struct flock fl;
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 10; /* just past the held range */
	fl.l_len = 3;
	fl.l_pid = 12345;
	FT_SYS(fcntl(fd, F_GETLK, &fl));
	FT_EQ(fl.l_type, F_UNLCK);
	FT_EQ(fl.l_whence, SEEK_SET);
	FT_EQ(fl.l_start, 10);
	FT_EQ(fl.l_len, 3);
	FT_EQ(fl.l_pid, 12345);
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT(read_locks_do_not_block_read)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdef", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_RDLCK, 0, 0, 0, &rel);
	FT_EQ(lk_get(fd, F_GETLK, F_RDLCK, 0, 16).l_type, F_UNLCK);
	FT_EQ(lk_get(fd, F_GETLK, F_WRLCK, 0, 16).l_type, F_RDLCK);
	close(rel);
	FT_CHILD_OK(pid);
}

FT_POINT(to_eof_lock_reported_with_len_zero)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdef", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 3, 0, 0, &rel);
	struct flock fl = lk_get(fd, F_GETLK, F_RDLCK, 0, 1LL << 40);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_start, 3);
	FT_EQ(fl.l_len, 0); /* "to the end of the file, however far" */
	close(rel);
	FT_CHILD_OK(pid);
}
