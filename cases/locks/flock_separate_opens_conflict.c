/*
 * locks/flock_separate_opens_conflict - descriptors from separate open()
 * calls are independent for flock even inside one process: an exclusive
 * lock through one refuses any lock through the other (EWOULDBLOCK with
 * LOCK_NB), shared locks coexist, and a shared lock refuses an exclusive.
 *
 * Cites: flock(2) DESCRIPTION (separate open(2)s are treated
 * independently; LOCK_SH, LOCK_EX, LOCK_NB), ERRORS (EWOULDBLOCK).
 */
#include "locks.h"

FT_CASE("flock through two opens of a file conflicts within one process",
	"flock(2) DESCRIPTION; ERRORS (EWOULDBLOCK)");

FT_POINT(exclusive_refuses_all)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("x", path);
	FT_FD int b = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(a, LOCK_EX));
	FT_ERRNO(flock(b, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	FT_ERRNO(flock(b, LOCK_SH | LOCK_NB), EWOULDBLOCK);
}

FT_POINT(shared_coexist_refuse_exclusive)
{
	char path[FT_PATH_MAX];
	FT_FD int a = ft_tmpfile("x", path);
	FT_FD int b = FT_SYS(open(path, O_RDONLY));
	FT_FD int c = FT_SYS(open(path, O_RDONLY));
	FT_SYS(flock(a, LOCK_SH));
	FT_SYS(flock(b, LOCK_SH | LOCK_NB));
	FT_ERRNO(flock(c, LOCK_EX | LOCK_NB), EWOULDBLOCK);
}

FT_POINT(any_open_mode_locks)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("x", path));
	FT_FD int r = FT_SYS(open(path, O_RDONLY));
	FT_FD int w = FT_SYS(open(path, O_WRONLY));
	FT_SYS(flock(r, LOCK_EX | LOCK_NB)); /* exclusive on a read-only fd */
	FT_SYS(flock(r, LOCK_UN));
	FT_SYS(flock(w, LOCK_SH | LOCK_NB)); /* shared on a write-only fd */
}
