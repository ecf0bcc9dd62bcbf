/*
 * locks/flock_thread_others_run - while one thread waits in flock(2)
 * LOCK_EX for a lock held through another open file description of the
 * same process, the other threads keep running: the main thread sees the
 * waiter asleep, is refused with EWOULDBLOCK on a third description, and
 * releases the lock (LOCK_UN or close), which grants the waiter.
 *
 * Cites: flock(2) DESCRIPTION (a call blocks while an incompatible lock
 * is held; locks belong to open file descriptions, so separate opens in
 * one process conflict) and ERRORS (EWOULDBLOCK); pthreads(7).
 */
#include "blocked.h"

FT_CASE("a thread waiting in flock does not stop the other threads",
	"flock(2) DESCRIPTION, ERRORS (EWOULDBLOCK); pthreads(7)");

static void wait_then(int by_close)
{
	char path[FT_PATH_MAX];
	int holder = ft_tmpfile("x", path);
	FT_SYS(flock(holder, LOCK_EX));
	int fd = FT_SYS(open(path, O_RDWR | O_CLOEXEC));
	struct lk_waiter w;
	lk_waiter_start(&w, fd, 0);
	lk_waiter_blocked(&w);
	FT_TRUE(lk_flock_busy(path));
	if (by_close)
		close(holder);
	else
		FT_SYS(flock(holder, LOCK_UN));
	lk_waiter_granted(&w);
	FT_TRUE(lk_flock_busy(path));
	close(fd);
	if (!by_close)
		close(holder);
}

FT_POINT(unlock_grants_waiter)
{
	wait_then(0);
}

FT_POINT(close_grants_waiter)
{
	wait_then(1);
}
