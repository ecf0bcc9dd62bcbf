/*
 * locks/ofd_setlkw_thread_others_run - while one thread waits in
 * F_OFD_SETLKW for a lock held through another open file description of
 * the same process, the process's other threads keep running: the main
 * thread sees the waiter asleep, queries the lock, and releases it (by
 * F_OFD_SETLK F_UNLCK or by closing the holding descriptor), which grants
 * the waiter its lock.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (OFD locks
 * conflict between descriptions even in one process; F_OFD_SETLKW
 * waits; Linux 3.15); pthreads(7) (a blocking call blocks only the
 * calling thread).
 */
#include "blocked.h"

FT_CASE("a thread waiting in F_OFD_SETLKW does not stop the other threads",
	"fcntl(2) \"Open file description locks (non-POSIX)\" (Linux 3.15); pthreads(7)");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

static void wait_then(int by_close)
{
	char path[FT_PATH_MAX];
	FT_FD int holder = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(holder, F_OFD_SETLK, F_WRLCK, 0, 10));
	FT_FD int fd = FT_SYS(open(path, O_RDWR | O_CLOEXEC));
	struct lk_waiter w;
	lk_waiter_start(&w, fd, F_OFD_SETLKW);
	lk_waiter_blocked(&w);
	FT_FD int q = FT_SYS(open(path, O_RDWR | O_CLOEXEC));
	struct flock fl = lk_get(q, F_OFD_GETLK, F_WRLCK, 0, 10);
	FT_EQ(fl.l_type, F_WRLCK); /* the main thread runs its own calls */
	if (by_close)
		ft_close(&holder);
	else
		FT_SYS(lk_set(holder, F_OFD_SETLK, F_UNLCK, 0, 10));
	lk_waiter_granted(&w);
	FT_TRUE(lk_ofd_busy(path, 0, 10)); /* the waiter holds it now */
}

FT_POINT(unlock_grants_waiter)
{
	wait_then(0);
}

FT_POINT(close_grants_waiter)
{
	wait_then(1);
}
