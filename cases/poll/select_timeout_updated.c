/*
 * poll/select_timeout_updated - on Linux select() writes back into its
 * timeout the time not slept (POSIX permits either behavior): after a
 * timeout that fully expired the timeval is zero, and after an early
 * return it holds no more than was given.
 */
#include "readiness.h"

FT_CASE("Linux select() updates its timeout to the time not slept",
	"select(2) \"The timeout\"");

FT_POINT(expired_timeout_zeroed)
{
	struct timeval tv = { 0, 30000 };
	FT_EQ(select(0, NULL, NULL, NULL, &tv), 0);
	FT_EQ(tv.tv_sec, 0);
	FT_EQ(tv.tv_usec, 0);
}

FT_POINT(early_return_leaves_remainder)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_LT(p[1], FD_SETSIZE);
	fd_set w;
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	struct timeval tv = { 100, 0 };
	FT_EQ(select(p[1] + 1, NULL, &w, NULL, &tv), 1);
	/* returned at once: most of the 100 s remain, never more */
	FT_LE(tv.tv_sec, 100);
	FT_GE(tv.tv_sec, 90);
	FT_TRUE(tv.tv_sec < 100 || tv.tv_usec == 0);
}
