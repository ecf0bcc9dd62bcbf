/*
 * locks/flock_convert_mode - a description holds only one flock mode;
 * calling flock again converts it: shared to exclusive when no other
 * description holds a lock, exclusive to shared so that others may share
 * it; a conversion to exclusive refused by another holder is EWOULDBLOCK
 * with LOCK_NB.
 *
 * Cites: flock(2) DESCRIPTION (subsequent flock() calls convert an
 * existing lock), ERRORS (EWOULDBLOCK).
 */
#include "locks.h"

FT_CASE("flock on an already locked description converts its lock mode",
	"flock(2) DESCRIPTION; ERRORS");

FT_POINT(shared_to_exclusive_alone)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_FD int o = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(fd, LOCK_SH));
	FT_SYS(flock(o, LOCK_SH | LOCK_NB)); /* shared: allowed */
	FT_SYS(flock(o, LOCK_UN));
	FT_SYS(flock(fd, LOCK_EX | LOCK_NB));
	FT_ERRNO(flock(o, LOCK_SH | LOCK_NB), EWOULDBLOCK); /* now exclusive */
}

FT_POINT(exclusive_to_shared_lets_others_share)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_FD int o = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(fd, LOCK_EX));
	FT_ERRNO(flock(o, LOCK_SH | LOCK_NB), EWOULDBLOCK);
	FT_SYS(flock(fd, LOCK_SH));
	FT_SYS(flock(o, LOCK_SH | LOCK_NB));
}

FT_POINT(conversion_refused_by_sharer)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", path);
	FT_FD int o = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(fd, LOCK_SH));
	FT_SYS(flock(o, LOCK_SH));
	FT_ERRNO(flock(fd, LOCK_EX | LOCK_NB), EWOULDBLOCK);
}
