/*
 * special/timerfd_abstime - with TFD_TIMER_ABSTIME, it_value is a point
 * on the timer's clock rather than a delay: a time already passed expires
 * at once, while timerfd_gettime() still reports the time left as a
 * relative value.
 *
 * Cites: timerfd_create(2) "timerfd_settime()" (TFD_TIMER_ABSTIME),
 * "timerfd_gettime()".
 */
#include "special.h"
#include <sys/timerfd.h>
#include <time.h>

FT_CASE("TFD_TIMER_ABSTIME takes it_value as an absolute clock time",
	"timerfd_create(2) \"timerfd_settime()\" (TFD_TIMER_ABSTIME); \"timerfd_gettime()\"");

FT_POINT(past_time_expires_at_once)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK));
	struct timespec now;
	FT_SYS(clock_gettime(CLOCK_REALTIME, &now));
	/* half the current clock value: long past as an absolute time, but
	   decades away if taken as a delay */
	struct itimerspec its = { { 0, 0 }, { now.tv_sec / 2, 0 } };
	FT_SYS(timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL));
	FT_EQ(ft_poll_in(fd, 1000), 1);
	FT_EQ(sp_read_u64(fd), 1);
}

FT_POINT(future_time_reported_relative)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	struct timespec now;
	FT_SYS(clock_gettime(CLOCK_MONOTONIC, &now));
	struct itimerspec its = { { 0, 0 }, { now.tv_sec + 100, now.tv_nsec } }, cur;
	FT_SYS(timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL));
	FT_SYS(timerfd_gettime(fd, &cur));
	long long left = cur.it_value.tv_sec * 1000000000LL + cur.it_value.tv_nsec;
	FT_LE(left, 100000000000LL); /* at most 100 s left ... */
	FT_GE(left, 90000000000LL);  /* ... and not expressed absolutely */
	FT_EQ(ft_poll_in(fd, 0), 0);
}
