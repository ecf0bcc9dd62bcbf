/*
 * locks/ofd_setlkw_waits - F_OFD_SETLKW on a range locked through another
 * open file description waits, and is granted when that description's
 * last descriptor is closed (here by the holding process exiting).
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (F_OFD_SETLKW;
 * released on the last close of the open file description).
 */
#include "locks.h"

FT_CASE("F_OFD_SETLKW waits until the conflicting description is closed",
	"fcntl(2) \"Open file description locks (non-POSIX)\" (F_OFD_SETLKW)");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

FT_POINT(waits_until_last_close)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t h = lk_holder(path, F_OFD_SETLK, F_WRLCK, 0, 10, 0, &rel);
	FT_FDS int got[2] = FT_NO_FDS;
	ft_pipe(got, 0);
	pid_t w = ft_fork();
	if (w == 0) {
		close(rel); /* only the holder's exit may end the wait */
		close(got[0]);
		FT_SYS(lk_set(fd, F_OFD_SETLKW, F_WRLCK, 0, 10));
		FT_EQ(write(got[1], "g", 1), 1);
		_exit(0);
	}
	ft_close(&got[1]);
	ft_wait_blocked(w, FT_NR_FCNTL, 0);
	FT_EQ(ft_poll_in(got[0], 0), 0); /* still waiting */
	close(rel);
	FT_CHILD_OK(h);
	FT_EQ(ft_poll_in(got[0], 3000), 1);
	FT_CHILD_OK(w);
}
