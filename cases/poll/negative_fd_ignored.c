/*
 * poll/negative_fd_ignored - poll() skips entries whose fd is negative:
 * their events are ignored, revents is set to 0 (whatever it held), and
 * they are not counted in the return value.  Setting fd to its bitwise
 * complement thus turns an entry off for one call.
 */
#include "readiness.h"

FT_CASE("poll ignores entries with a negative fd and zeroes their revents",
	"poll(2) DESCRIPTION; POSIX poll(3p)");

FT_POINT(minus_one_ignored)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	struct pollfd f[2] = {
		{ .fd = -1, .events = POLLIN | POLLOUT, .revents = 0x7fff },
		{ .fd = p[1], .events = POLLOUT, .revents = 0 },
	};
	FT_EQ(poll(f, 2, 0), 1);
	FT_EQ(f[0].revents, 0);
	FT_EQ(f[1].revents, POLLOUT);
}

FT_POINT(complement_of_ready_fd_ignored)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(write(p[1], "x", 1), 1);
	struct pollfd f[1] = {
		{ .fd = ~p[0], .events = POLLIN, .revents = 0x7fff },
	};
	FT_EQ(poll(f, 1, 0), 0);
	FT_EQ(f[0].revents, 0);
	f[0].fd = ~f[0].fd; /* turned back on */
	FT_EQ(poll(f, 1, 0), 1);
	FT_EQ(f[0].revents, POLLIN);
}
