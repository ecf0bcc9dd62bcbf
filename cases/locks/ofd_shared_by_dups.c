/*
 * locks/ofd_shared_by_dups - an open file description lock (F_OFD_SETLK,
 * Linux 3.15) belongs to the open file description: every dup of the
 * descriptor refers to the same lock and can convert or release it,
 * closing one dup does not release it, and it goes away only when the
 * last descriptor of that description is closed.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)".
 */
#include "locks.h"

FT_CASE("an OFD lock is shared by dups and released only on the description's last close",
	"fcntl(2) \"Open file description locks (non-POSIX)\"");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

FT_POINT(close_dup_keeps_lock)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int d = FT_SYS(dup(fd));
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	close(d);
	FT_TRUE(lk_ofd_busy(path, 0, 10));
}

FT_POINT(last_close_releases)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile("0123456789", path);
	int d = FT_SYS(dup(fd));
	FT_SYS(lk_set(d, F_OFD_SETLK, F_WRLCK, 0, 10));
	close(fd);
	FT_TRUE(lk_ofd_busy(path, 0, 10));
	close(d);
	FT_FALSE(lk_ofd_busy(path, 0, 10));
}

FT_POINT(dup_can_unlock)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	FT_SYS(lk_set(d, F_OFD_SETLK, F_WRLCK, 5, 10)); /* same description */
	FT_SYS(lk_set(d, F_OFD_SETLK, F_UNLCK, 0, 0));
	FT_FALSE(lk_ofd_busy(path, 0, 20));
}

FT_POINT(other_open_close_keeps)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	close(FT_SYS(open(path, O_RDONLY))); /* the POSIX pitfall does not apply */
	FT_TRUE(lk_ofd_busy(path, 0, 10));
}
