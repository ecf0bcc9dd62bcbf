/*
 * locks/posix_setlkw_thread_others_run - while one thread waits in
 * F_SETLKW for a record lock another process holds, the other threads of
 * the waiting process keep running: the main thread sees the waiter
 * asleep, reads the holder with F_GETLK, takes a lock of its own on other
 * bytes, and tells the holder to let go, which grants the waiter.
 *
 * Cites: fcntl(2) "Advisory record locking" (F_SETLKW waits; F_GETLK;
 * locks are per process); pthreads(7) (a blocking call blocks only the
 * calling thread).
 */
#include "blocked.h"

FT_CASE("a thread waiting in F_SETLKW does not stop the other threads",
	"fcntl(2) \"Advisory record locking\" (F_SETLKW, F_GETLK); pthreads(7)");

FT_POINT(other_thread_releases_holder)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdefghij", path);
	int rel;
	pid_t h = lk_holder(path, F_SETLK, F_WRLCK, 0, 10, 0, &rel);
	struct lk_waiter w;
	lk_waiter_start(&w, fd, F_SETLKW);
	lk_waiter_blocked(&w);
	struct flock fl = lk_get(fd, F_GETLK, F_WRLCK, 0, 10);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_pid, h);
	close(rel);
	FT_CHILD_OK(h);
	lk_waiter_granted(&w);
	FT_TRUE(lk_locked_for_others(path, 0, 10));
}

FT_POINT(other_range_locked_meanwhile)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789abcdefghij", path);
	int rel;
	pid_t h = lk_holder(path, F_SETLK, F_WRLCK, 0, 10, 0, &rel);
	struct lk_waiter w;
	lk_waiter_start(&w, fd, F_SETLKW);
	lk_waiter_blocked(&w);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 10, 10));
	FT_TRUE(lk_locked_for_others(path, 10, 10));
	FT_EQ(ft_poll_in(w.done[0], 0), 0);
	close(rel);
	FT_CHILD_OK(h);
	lk_waiter_granted(&w);
}
