/*
 * limits/limit_bounds_numbers - RLIMIT_NOFILE is one more than the highest
 * descriptor number that may be created, not a count of open
 * descriptors: with the soft limit at S, exactly the free numbers below S
 * can be filled (the last one is S-1) and the next creation fails with
 * EMFILE; descriptors open at numbers >= S do not use up any of that room.
 *
 * Cites: getrlimit(2) RLIMIT_NOFILE ("one greater than the maximum file
 * descriptor number that can be opened"); open(2) ERRORS (EMFILE).
 */
#include "limits.h"

FT_CASE("RLIMIT_NOFILE bounds descriptor numbers, not the count of open ones",
	"getrlimit(2) RLIMIT_NOFILE; open(2) ERRORS");

/* Fills every free number below s with open(); returns how many it made
   (their numbers go to got[]) and checks they were the free ones. */
static int fill_below(int s, int *got, int max)
{
	int n = 0;
	for (int want = ft_lowest_free(); want < s; want++) {
		if (ft_is_open(want))
			continue;
		FT_LT(n, max);
		got[n] = FT_SYS(open("/dev/null", O_RDONLY));
		FT_EQ(got[n], want);
		n++;
	}
	FT_ERRNO(open("/dev/null", O_RDONLY), EMFILE);
	return n;
}

FT_POINT(last_number_is_limit_minus_one)
{
	struct rlimit old;
	int s = ft_lowest_free() + 4;
	lim_soft(s, &old);
	int got[8];
	int n = fill_below(s, got, 8);
	FT_GT(n, 0);
	FT_EQ(got[n - 1], s - 1);
	lim_restore(&old);
	for (int i = 0; i < n; i++)
		close(got[i]);
}

FT_POINT(fds_above_limit_use_no_room)
{
	int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int s = ft_lowest_free() + 4;
	int high[8], nh = 0;
	for (int at = s + 10; nh < 8; at++) /* 8 fds above the coming limit */
		if (!ft_is_open(at))
			high[nh++] = FT_SYS(dup2(src, at));
	int room = 0;
	for (int i = ft_lowest_free(); i < s; i++)
		room += !ft_is_open(i);
	struct rlimit old;
	lim_soft(s, &old);
	int got[8];
	FT_EQ(fill_below(s, got, 8), room);
	lim_restore(&old);
	for (int i = 0; i < room; i++)
		close(got[i]);
	for (int i = 0; i < nh; i++)
		close(high[i]);
	close(src);
}
