/*
 * locks/ofd_posix_conflict - open file description locks and POSIX record
 * locks conflict with each other even when one process takes both, through
 * two opens of the file or through the very same descriptor.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (conflicting
 * combinations of an OFD lock and a traditional record lock).
 */
#include "locks.h"

FT_CASE("OFD and POSIX record locks conflict, even in one process on one fd",
	"fcntl(2) \"Open file description locks (non-POSIX)\"");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

static void expect_posix_refused(int fd, short type)
{
	FT_ERRNO_ANY(lk_set(fd, F_SETLK, type, 0, 10), EAGAIN, EACCES);
}

FT_POINT(ofd_blocks_posix_same_process)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(a, F_OFD_SETLK, F_WRLCK, 0, 10));
	expect_posix_refused(b, F_WRLCK);
	expect_posix_refused(b, F_RDLCK);
}

FT_POINT(posix_blocks_ofd_same_process)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(a, F_SETLK, F_WRLCK, 0, 10));
	FT_ERRNO(lk_set(b, F_OFD_SETLK, F_WRLCK, 0, 10), EAGAIN);
}

FT_POINT(conflict_on_the_same_fd)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	expect_posix_refused(fd, F_WRLCK);
}
