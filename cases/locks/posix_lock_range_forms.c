/*
 * locks/posix_lock_range_forms - how a lock's range is given: l_len 0
 * reaches to the end of the file however far it grows, a negative l_len
 * covers the bytes before l_start, l_whence SEEK_CUR and SEEK_END count
 * from the offset and the end (F_GETLK reports SEEK_SET with the absolute
 * start), bytes past the end may be locked, bytes before the start of the
 * file may not (EINVAL).
 *
 * Cites: fcntl(2) "Advisory record locking" (l_whence, l_start, l_len;
 * negative l_len since Linux 2.4.21); POSIX fcntl(3p).
 */
#include "locks.h"

FT_CASE("record lock ranges: l_len 0 to infinity, negative l_len, SEEK_CUR/SEEK_END, EINVAL before 0",
	"fcntl(2) \"Advisory record locking\"; POSIX fcntl(3p)");

FT_POINT(len_zero_reaches_any_offset)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 5, 0));
	FT_TRUE(lk_locked_for_others(path, 1LL << 40, 1));
	FT_FALSE(lk_locked_for_others(path, 0, 5));
}

FT_POINT(negative_len_covers_before_start)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 8, -3)); /* bytes 5..7 */
	struct flock fl = lk_get_other(path, F_WRLCK, 0, 100);
	FT_EQ(fl.l_start, 5);
	FT_EQ(fl.l_len, 3);
}

FT_POINT(whence_cur_and_end)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lseek(fd, 4, SEEK_SET));
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_CUR, .l_start = -1, .l_len = 2 };
	FT_SYS(fcntl(fd, F_SETLK, &fl)); /* bytes 3..4 */
	struct flock e = { .l_type = F_WRLCK, .l_whence = SEEK_END, .l_start = -2, .l_len = 1 };
	FT_SYS(fcntl(fd, F_SETLK, &e)); /* byte 8 */
	struct flock a = lk_get_other(path, F_WRLCK, 0, 6);
	FT_EQ(a.l_whence, SEEK_SET);
	FT_EQ(a.l_start, 3);
	FT_EQ(a.l_len, 2);
	struct flock b = lk_get_other(path, F_WRLCK, 6, 10);
	FT_EQ(b.l_start, 8);
	FT_EQ(b.l_len, 1);
}

FT_POINT(past_eof_ok_before_start_einval)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 1000, 10));
	FT_TRUE(lk_locked_for_others(path, 1005, 1));
	FT_ERRNO(lk_set(fd, F_SETLK, F_WRLCK, -1, 5), EINVAL);
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_END, .l_start = -11, .l_len = 1 };
	FT_ERRNO(fcntl(fd, F_SETLK, &fl), EINVAL);
}
