/*
 * shim special_timerfd_gettime_absolute: timerfd_gettime() (and the
 * old_value of timerfd_settime()) report it_value as an absolute time on
 * CLOCK_MONOTONIC instead of the time left, as a careless emulation that
 * stores the deadline would.
 *
 * fdsuite-targets: special/timerfd_gettime_remaining special/timerfd_abstime
 */
#include <dlfcn.h>
#include <sys/timerfd.h>
#include <time.h>

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
	static int (*real)(int, struct itimerspec *);
	if (!real)
		real = (int (*)(int, struct itimerspec *))dlsym(RTLD_NEXT, "timerfd_gettime");
	int r = real(fd, cur);
	if (r == 0)
		to_absolute(cur);
	return r;
}

int timerfd_settime(int fd, int flags, const struct itimerspec *new_value,
		    struct itimerspec *old_value)
{
	static int (*real)(int, int, const struct itimerspec *, struct itimerspec *);
	if (!real)
		real = (int (*)(int, int, const struct itimerspec *,
				struct itimerspec *))dlsym(RTLD_NEXT, "timerfd_settime");
	int r = real(fd, flags, new_value, old_value);
	if (r == 0 && old_value)
		to_absolute(old_value);
	return r;
}
