/*
 * locks/flock_blocking_waits - without LOCK_NB, flock waits while an
 * incompatible lock is held through another open file description, and is
 * granted once that description's last descriptor is closed (here by its
 * process exiting).
 *
 * Cites: flock(2) DESCRIPTION (a call may block if an incompatible lock is
 * held; released when all duplicate descriptors have been closed).
 */
#include "locks.h"

FT_CASE("a blocking flock waits until the holder's description is closed",
	"flock(2) DESCRIPTION");

FT_POINT(waits_until_holder_gone)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("x", path));
	int rel;
	pid_t h = lk_holder(path, 0, 0, 0, 0, LOCK_SH, &rel);
	FT_FDS int got[2] = FT_NO_FDS;
	ft_pipe(got, 0);
	pid_t w = ft_fork();
	if (w == 0) {
		close(rel); /* only the holder's exit may end the wait */
		close(got[0]);
		int fd = FT_SYS(open(path, O_RDONLY)); /* any mode will do */
		FT_SYS(flock(fd, LOCK_EX));
		FT_EQ(write(got[1], "g", 1), 1);
		_exit(0);
	}
	ft_close(&got[1]);
	ft_wait_blocked(w, SYS_flock, 0);
	FT_EQ(ft_poll_in(got[0], 0), 0); /* still waiting */
	close(rel);
	FT_CHILD_OK(h);
	FT_EQ(ft_poll_in(got[0], 3000), 1);
	FT_CHILD_OK(w);
}
