/*
 * locks/flock_conversion_not_atomic - Linux converts a flock lock by first
 * removing the existing lock and then placing the new one, so a
 * conversion that fails (LOCK_EX | LOCK_NB while another description holds
 * a shared lock) leaves the caller with no lock at all: the other holder
 * can then upgrade to exclusive.
 *
 * Cites: flock(2) NOTES (converting a lock is not guaranteed to be atomic:
 * the existing lock is first removed, then a new lock is established;
 * with LOCK_NB the conversion can fail in between).
 */
#include "locks.h"

FT_CASE("a failed flock conversion has already dropped the old lock",
	"flock(2) NOTES (conversion is not atomic)");

FT_POINT(failed_upgrade_drops_shared)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("x", path);
	FT_FD int b = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(a, LOCK_SH));
	FT_SYS(flock(b, LOCK_SH));
	FT_ERRNO(flock(a, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	FT_SYS(flock(b, LOCK_EX | LOCK_NB)); /* a holds nothing any more */
}
