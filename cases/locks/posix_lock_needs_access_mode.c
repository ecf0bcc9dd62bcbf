/*
 * locks/posix_lock_needs_access_mode - placing a read lock needs a
 * descriptor open for reading and a write lock one open for writing;
 * otherwise F_SETLK fails with EBADF.  Unlocking needs neither.
 *
 * Cites: fcntl(2) "Advisory record locking", ERRORS (EBADF); POSIX
 * fcntl(3p) ERRORS.
 */
#include "locks.h"

FT_CASE("F_RDLCK needs a readable fd and F_WRLCK a writable one, else EBADF",
	"fcntl(2) \"Advisory record locking\"; ERRORS (EBADF); POSIX fcntl(3p)");

FT_POINT(read_lock_on_write_only_ebadf)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("0123456789", path));
	FT_FD int fd = FT_SYS(open(path, O_WRONLY));
	FT_ERRNO(lk_set(fd, F_SETLK, F_RDLCK, 0, 1), EBADF);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 1));
}

FT_POINT(write_lock_on_read_only_ebadf)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("0123456789", path));
	FT_FD int fd = FT_SYS(open(path, O_RDONLY));
	FT_ERRNO(lk_set(fd, F_SETLK, F_WRLCK, 0, 1), EBADF);
	FT_SYS(lk_set(fd, F_SETLK, F_RDLCK, 0, 1));
	FT_SYS(lk_set(fd, F_SETLK, F_UNLCK, 0, 1));
}
