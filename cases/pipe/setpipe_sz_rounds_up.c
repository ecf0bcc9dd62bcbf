/*
 * pipe/setpipe_sz_rounds_up - F_SETPIPE_SZ sets a capacity of at least the
 * requested size and returns the capacity actually set: requests below a
 * page give one page, and (in the current implementation) other sizes are
 * rounded up to a power-of-two number of pages.  F_GETPIPE_SZ on either end
 * then reports the same value, and that much data fits.
 */
#include "pipe.h"

FT_CASE("F_SETPIPE_SZ rounds the capacity up to a power-of-two number of pages",
	"fcntl(2) \"Changing the capacity of a pipe\"; pipe(7) \"Pipe capacity\"");

static void check_set(long ask, long want)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)ask), want);
	FT_EQ(fcntl(p[0], F_GETPIPE_SZ), want);
}

FT_POINT(below_page_gives_one_page)
{
	long page = sysconf(_SC_PAGESIZE);
	check_set(1, page);
	check_set(page - 1, page);
}

FT_POINT(rounds_to_power_of_two_pages)
{
	long page = sysconf(_SC_PAGESIZE);
	check_set(page + 1, 2 * page);
	check_set(3 * page, 4 * page);
	check_set(5 * page - 7, 8 * page);
}

FT_POINT(power_of_two_kept)
{
	long page = sysconf(_SC_PAGESIZE);
	check_set(2 * page, 2 * page);
	check_set(8 * page, 8 * page); /* a decrease: not limited (Linux 4.9+) */
}

FT_POINT(new_capacity_holds_that_much)
{
	long page = sysconf(_SC_PAGESIZE);
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	int got = FT_SYS(fcntl(p[1], F_SETPIPE_SZ, (int)(3 * page)));
	FT_GE(got, 3 * page);
	FT_EQ(pp_fill(p[1]), got);
}
