/*
 * locks/ofd_conflict_same_process - open file description locks taken
 * through different open file descriptions conflict even within one
 * process (F_OFD_SETLK fails with EAGAIN), which makes them usable between
 * threads; through the same description they never conflict, a new lock
 * just converts the old one.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (F_OFD_SETLK;
 * conflicts between different open file descriptions).
 */
#include "locks.h"

FT_CASE("OFD locks through two opens of a file conflict within one process",
	"fcntl(2) \"Open file description locks (non-POSIX)\"");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

FT_POINT(two_opens_conflict)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(a, F_OFD_SETLK, F_WRLCK, 0, 5));
	FT_ERRNO(lk_set(b, F_OFD_SETLK, F_WRLCK, 4, 2), EAGAIN);
	FT_ERRNO(lk_set(b, F_OFD_SETLK, F_RDLCK, 0, 1), EAGAIN);
	FT_SYS(lk_set(b, F_OFD_SETLK, F_WRLCK, 5, 5)); /* no overlap */
}

FT_POINT(read_locks_shared)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(a, F_OFD_SETLK, F_RDLCK, 0, 10));
	FT_SYS(lk_set(b, F_OFD_SETLK, F_RDLCK, 0, 10));
	FT_ERRNO(lk_set(b, F_OFD_SETLK, F_WRLCK, 0, 10), EAGAIN);
}

FT_POINT(same_description_converts)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("0123456789", path);
	FT_FD int b = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(a, F_OFD_SETLK, F_WRLCK, 0, 10));
	FT_SYS(lk_set(a, F_OFD_SETLK, F_RDLCK, 0, 10)); /* convert */
	FT_SYS(lk_set(b, F_OFD_SETLK, F_RDLCK, 0, 10)); /* now compatible */
}
