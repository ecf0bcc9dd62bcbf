/*
 * poll/timeout_zero_immediate - a zero timeout makes poll() and select()
 * return at once, with 0 when nothing is ready: they do not wait for a
 * descriptor to become ready.
 */
#include "readiness.h"

FT_CASE("poll and select with a zero timeout return immediately",
	"poll(2) DESCRIPTION; select(2) DESCRIPTION \"Arguments\"");

FT_POINT(poll_zero)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	struct pollfd f = { .fd = p[0], .events = POLLIN };
	double t0 = pl_now_ms();
	FT_EQ(poll(&f, 1, 0), 0);
	FT_LT(pl_now_ms() - t0, ft_scaled_ms(500));
	FT_EQ(f.revents, 0);
}

FT_POINT(select_zero)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_LT(p[0], FD_SETSIZE);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	struct timeval tv = { 0, 0 };
	double t0 = pl_now_ms();
	FT_EQ(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
	FT_LT(pl_now_ms() - t0, ft_scaled_ms(500));
	FT_FALSE(FD_ISSET(p[0], &r));
}
