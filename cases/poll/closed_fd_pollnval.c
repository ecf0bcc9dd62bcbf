/*
 * poll/closed_fd_pollnval - an entry naming a descriptor that is not open
 * is not an error for poll(): its revents is POLLNVAL (even when events is
 * 0), it counts as a ready entry, and poll() returns at once instead of
 * waiting for the timeout.
 */
#include "readiness.h"

FT_CASE("poll reports POLLNVAL for a descriptor that is not open",
	"poll(2) DESCRIPTION POLLNVAL, RETURN VALUE; POSIX poll(3p)");

static int closed_number(void)
{
	int p[2];
	FT_SYS(pipe(p));
	close(p[0]);
	close(p[1]);
	return p[1];
}

FT_POINT(closed_fd_pollnval_counted)
{
	int bad = closed_number();
	struct pollfd f[1] = { { .fd = bad, .events = POLLIN } };
	double t0 = pl_now_ms();
	FT_EQ(poll(f, 1, ft_scaled_ms(2000)), 1);
	FT_LT(pl_now_ms() - t0, ft_scaled_ms(1000));
	FT_EQ(f[0].revents, POLLNVAL);
}

FT_POINT(pollnval_with_zero_events)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int bad = closed_number();
	struct pollfd f[2] = { { .fd = bad, .events = 0 },
			       { .fd = p[0], .events = POLLIN } };
	FT_EQ(poll(f, 2, 0), 1);
	FT_EQ(f[0].revents, POLLNVAL);
	FT_EQ(f[1].revents, 0);
}
