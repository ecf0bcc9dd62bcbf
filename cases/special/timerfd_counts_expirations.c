/*
 * special/timerfd_counts_expirations - reading a timerfd returns the
 * number of expirations since the timer was set or last read, as one
 * 8-byte integer, and the read resets that count: a periodic timer that
 * was not read for many periods reports all of them at once, and a
 * one-shot timer reports exactly one.
 *
 * Cites: timerfd_create(2) "Operating on a timer file descriptor" (read(2)),
 * "timerfd_settime()" (TFD_TIMER_ABSTIME); timer_settime(2) DESCRIPTION
 * (an absolute start already passed expires at once, with the overruns
 * counted).
 */
#include "special.h"
#include <sys/timerfd.h>
#include <time.h>

FT_CASE("a timerfd read returns the number of expirations and resets it",
	"timerfd_create(2) \"Operating on a timer file descriptor\", \"timerfd_settime()\"; timer_settime(2) DESCRIPTION");

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

FT_POINT(periodic_counts_missed_periods)
{
	/* A periodic timer started 30 periods ago (an absolute start in the
	   past) has missed them all unread: no time needs to pass here. */
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	long long t0 = now_ns() - 30 * 1000000LL;
	struct itimerspec its = { { 0, 1000000 }, /* 1 ms */
				  { t0 / 1000000000LL, t0 % 1000000000LL } };
	FT_SYS(timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL));
	uint64_t n = sp_read_u64(fd);
	long long t2 = now_ns();
	ft_note("%llu expirations in %.1f ms", (unsigned long long)n,
		(t2 - t0) / 1e6);
	FT_GE(n, 30);
	FT_LE(n, (t2 - t0) / 1000000 + 1); /* cannot exceed elapsed periods */
}

FT_POINT(oneshot_reports_one)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, 0));
	struct itimerspec its = { { 0, 0 }, { 0, 1000 } };
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	FT_EQ(sp_read_u64(fd), 1); /* blocks until the expiry */
}

FT_POINT(read_resets_count)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	struct itimerspec its = { { 0, 0 }, { 0, 1000 } };
	uint64_t v;
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	FT_EQ(ft_poll_in(fd, 2000), 1);
	FT_EQ(sp_read_u64(fd), 1);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
	FT_EQ(ft_poll_in(fd, 0), 0);
}

FT_POINT(short_read_is_einval)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	struct itimerspec its = { { 0, 0 }, { 0, 1000 } };
	char buf[4];
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	FT_EQ(ft_poll_in(fd, 2000), 1);
	FT_ERRNO(read(fd, buf, sizeof buf), EINVAL);
	FT_EQ(sp_read_u64(fd), 1); /* the expiration was not consumed */
}
