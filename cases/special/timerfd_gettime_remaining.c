/*
 * special/timerfd_gettime_remaining - timerfd_gettime() reports the time
 * left until the next expiry (never more than was set) and the interval;
 * timerfd_settime() with old_value returns the setting it replaces, and a
 * disarmed timer reports zeros.
 *
 * Cites: timerfd_create(2) "timerfd_settime()", "timerfd_gettime()".
 */
#include "special.h"
#include <sys/timerfd.h>

FT_CASE("timerfd_gettime reports time left and interval; settime returns the old setting",
	"timerfd_create(2) \"timerfd_settime()\"; \"timerfd_gettime()\"");

FT_POINT(reports_remaining_and_interval)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	struct itimerspec its = { { 7, 0 }, { 50, 0 } }, cur;
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	FT_SYS(timerfd_gettime(fd, &cur));
	long long left = cur.it_value.tv_sec * 1000000000LL + cur.it_value.tv_nsec;
	FT_LE(left, 50000000000LL); /* never more than was set */
	FT_GE(left, 40000000000LL);
	FT_EQ(cur.it_interval.tv_sec, 7);
	FT_EQ(cur.it_interval.tv_nsec, 0);
}

FT_POINT(settime_returns_old_setting)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	struct itimerspec a = { { 3, 0 }, { 60, 0 } }, b = { { 0, 0 }, { 0, 0 } }, old;
	FT_SYS(timerfd_settime(fd, 0, &a, NULL));
	FT_SYS(timerfd_settime(fd, 0, &b, &old));
	FT_EQ(old.it_interval.tv_sec, 3);
	long long left = old.it_value.tv_sec * 1000000000LL + old.it_value.tv_nsec;
	FT_LE(left, 60000000000LL);
	FT_GE(left, 50000000000LL);
}

FT_POINT(disarmed_reports_zero)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	struct itimerspec cur;
	memset(&cur, 0xff, sizeof cur);
	FT_SYS(timerfd_gettime(fd, &cur));
	FT_EQ(cur.it_value.tv_sec, 0);
	FT_EQ(cur.it_value.tv_nsec, 0);
	FT_EQ(cur.it_interval.tv_sec, 0);
	FT_EQ(cur.it_interval.tv_nsec, 0);
}
