/*
 * fdinfo/timerfd_fields - /proc/self/fdinfo/N of a timerfd (Linux 3.17)
 * shows its clock ("clockid:"), the expirations not yet read ("ticks:"),
 * the flags it was last armed with ("settime flags:", octal), and the time
 * to the next expiry and the interval ("it_value:", "it_interval:", as
 * (seconds, nanoseconds)), always relative - each field following the
 * timer's state as it is armed, expires, is read and is disarmed.
 */
#include "fdinfo.h"
#include <sys/timerfd.h>
#include <time.h>

FT_CASE("fdinfo of a timerfd shows clockid, ticks, settime flags, it_value and it_interval as they change",
	"proc(5) \"/proc/pid/fdinfo/\" (timerfd fields; since Linux 3.17); timerfd_create(2)");

struct tfd_info {
	long long clockid, ticks, flags;
	long long value_s, value_ns, interval_s, interval_ns;
};

static struct tfd_info info_of(int fd)
{
	char info[4096];
	struct tfd_info t;
	fdinfo_read(fd, info, sizeof info);
	t.clockid = proc_field(info, "clockid", 10);
	t.ticks = proc_field(info, "ticks", 10);
	t.flags = proc_field(info, "settime flags", 8);
	const char *v = proc_field_text(info, "it_value");
	const char *i = proc_field_text(info, "it_interval");
	FT_TRUE(v != NULL);
	FT_TRUE(i != NULL);
	FT_EQ(sscanf(v, "(%lld, %lld)", &t.value_s, &t.value_ns), 2);
	FT_EQ(sscanf(i, "(%lld, %lld)", &t.interval_s, &t.interval_ns), 2);
	return t;
}

static const struct {
	const char *name;
	int clock;
} clocks[] = {
	{ "realtime", CLOCK_REALTIME },
	{ "monotonic", CLOCK_MONOTONIC },
	{ "boottime", CLOCK_BOOTTIME },
};

FT_TABLE(clockid_is_the_clock, clocks)
{
	FT_FD int fd = FT_SYS(timerfd_create(row->clock, TFD_CLOEXEC));
	struct tfd_info t = info_of(fd);
	FT_EQ(t.clockid, row->clock);
	FT_EQ(t.ticks, 0);
	FT_EQ(t.value_s, 0);
	FT_EQ(t.value_ns, 0);
}

FT_POINT(armed_value_and_interval)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	struct itimerspec its = { .it_interval = { 3, 500 }, .it_value = { 100, 0 } };
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	struct tfd_info t = info_of(fd);
	FT_EQ(t.interval_s, 3);
	FT_EQ(t.interval_ns, 500);
	FT_GE(t.value_s, 90); /* counting down from 100 s */
	FT_LE(t.value_s, 99);
	FT_EQ(t.flags, 0);
	struct itimerspec off = { { 0, 0 }, { 0, 0 } };
	FT_SYS(timerfd_settime(fd, 0, &off, NULL));
	t = info_of(fd);
	FT_EQ(t.value_s, 0);
	FT_EQ(t.value_ns, 0);
	FT_EQ(t.interval_s, 0);
}

/* Armed with an absolute time, it_value is still the time remaining. */
FT_POINT(abstime_flag_relative_value)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	struct timespec now;
	FT_SYS(clock_gettime(CLOCK_MONOTONIC, &now));
	struct itimerspec its = { .it_value = { now.tv_sec + 50, 0 } };
	FT_SYS(timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, NULL));
	struct tfd_info t = info_of(fd);
	FT_EQ(t.flags, TFD_TIMER_ABSTIME);
	FT_GE(t.value_s, 40);
	FT_LE(t.value_s, 50);
}

FT_POINT(ticks_count_then_reset_by_read)
{
	FT_FD int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	struct itimerspec its = { .it_value = { 0, 1 } }; /* expires at once */
	FT_SYS(timerfd_settime(fd, 0, &its, NULL));
	FT_EQ(ft_poll_in(fd, 2000), 1);
	FT_EQ(info_of(fd).ticks, 1);
	uint64_t n;
	FT_EQ(read(fd, &n, sizeof n), (ssize_t)sizeof n);
	FT_EQ(n, 1);
	FT_EQ(info_of(fd).ticks, 0);
}
