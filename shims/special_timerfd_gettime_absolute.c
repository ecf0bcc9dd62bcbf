/*
 * shim special_timerfd_gettime_absolute: timerfd_gettime() (and the
 * old_value of timerfd_settime()) report it_value as an absolute time on
 * CLOCK_MONOTONIC instead of the time left, as a careless emulation that
 * stores the deadline would.
 *
 * fdsuite-targets: special/timerfd_gettime_remaining special/timerfd_abstime
 */
#include <sys/timerfd.h>
#include <time.h>

#include "next.h"

static void to_absolute(struct itimerspec *v)
{
	if (v->it_value.tv_sec == 0 && v->it_value.tv_nsec == 0)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	v->it_value.tv_sec += now.tv_sec;
	v->it_value.tv_nsec += now.tv_nsec;
	if (v->it_value.tv_nsec >= 1000000000L) {
		v->it_value.tv_nsec -= 1000000000L;
		v->it_value.tv_sec++;
	}
}

int timerfd_gettime(int fd, struct itimerspec *cur)
{
	__typeof__(&timerfd_gettime) real = NEXT(timerfd_gettime);
	int r = real(fd, cur);
	if (r == 0)
		to_absolute(cur);
	return r;
}

int timerfd_settime(int fd, int flags, const struct itimerspec *new_value,
		    struct itimerspec *old_value)
{
	__typeof__(&timerfd_settime) real = NEXT(timerfd_settime);
	int r = real(fd, flags, new_value, old_value);
	if (r == 0 && old_value)
		to_absolute(old_value);
	return r;
}
