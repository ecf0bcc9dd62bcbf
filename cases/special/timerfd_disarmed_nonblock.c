/*
 * special/timerfd_disarmed_nonblock - a timerfd that was never armed, or
 * was disarmed by setting a zero it_value, has no expirations: it is not
 * readable and a read through a TFD_NONBLOCK descriptor fails with EAGAIN
 * instead of waiting.  Disarming also discards expirations not yet read.
 *
 * Cites: timerfd_create(2) "timerfd_create()" (TFD_NONBLOCK),
 * "timerfd_settime()", "Operating on a timer file descriptor" (read(2)).
 */
#include "special.h"
#include <sys/timerfd.h>

FT_CASE("a disarmed timerfd has nothing to read: EAGAIN with TFD_NONBLOCK",
	"timerfd_create(2) \"timerfd_settime()\"; \"Operating on a timer file descriptor\"");

FT_POINT(never_armed_is_eagain)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	uint64_t v;
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
	FT_EQ(ft_poll_in(fd, 0), 0);
}

FT_POINT(disarm_stops_expirations)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	struct itimerspec arm = { { 0, 0 }, { 10, 0 } }, off = { { 0, 0 }, { 0, 0 } };
	uint64_t v;
	FT_SYS(timerfd_settime(fd, 0, &arm, NULL));
	FT_SYS(timerfd_settime(fd, 0, &off, NULL));
	struct itimerspec cur;
	FT_SYS(timerfd_gettime(fd, &cur));
	FT_TRUE(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}

FT_POINT(disarm_discards_unread)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK));
	struct itimerspec arm = { { 0, 0 }, { 0, 1000 } }, off = { { 0, 0 }, { 0, 0 } };
	uint64_t v;
	FT_SYS(timerfd_settime(fd, 0, &arm, NULL));
	FT_EQ(ft_poll_in(fd, 2000), 1); /* it expired */
	FT_SYS(timerfd_settime(fd, 0, &off, NULL));
	FT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
