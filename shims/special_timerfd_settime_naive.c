/*
 * shim special_timerfd_settime_naive: timerfd_settime() ignores
 * TFD_TIMER_ABSTIME (it_value is always taken as a delay) and ignores
 * requests to disarm (a zero it_value leaves the timer as it was), the way
 * a timer emulation without those paths would behave.
 *
 * fdsuite-targets: special/timerfd_abstime special/timerfd_disarmed_nonblock
 */
#include <string.h>
#include <sys/timerfd.h>

#include "next.h"

int timerfd_settime(int fd, int flags, const struct itimerspec *new_value,
		    struct itimerspec *old_value)
{
	__typeof__(&timerfd_settime) real = NEXT(timerfd_settime);
	if (new_value->it_value.tv_sec == 0 && new_value->it_value.tv_nsec == 0) {
		if (old_value)
			return timerfd_gettime(fd, old_value);
		return 0;
	}
	return real(fd, flags & ~TFD_TIMER_ABSTIME, new_value, old_value);
}
