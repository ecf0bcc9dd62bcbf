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
#include "nofile.h"

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
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int s = ft_lowest_free() + 4;
	int high[8], nh = 0;
	/* 8 fds above the coming limit: from s + 10, or lower where the
	   hard limit (the soft one now) leaves less room */
	long lim = sysconf(_SC_OPEN_MAX);
	int first = s + 10;
	if (lim > 0 && first + 8 > lim)
		first = (int)lim - 8;
	for (int at = first; nh < 8 && at > s && (lim <= 0 || at < lim); at++)
		if (!ft_is_open(at))
			high[nh++] = FT_SYS(dup2(src, at));
	if (nh < 8)
		FT_SKIP("RLIMIT_NOFILE %ld leaves no room for 8 descriptors above "
			"a limit of %d", lim, s);
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
}
