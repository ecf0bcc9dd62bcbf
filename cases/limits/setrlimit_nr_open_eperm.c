/*
 * limits/setrlimit_nr_open_eperm - even a process privileged to raise its
 * hard RLIMIT_NOFILE cannot raise it beyond /proc/sys/fs/nr_open: such a
 * setrlimit() (including RLIM_INFINITY) fails with EPERM and changes
 * nothing, while exactly nr_open is accepted.  Needs CAP_SYS_RESOURCE as
 * the kernel checks it (in the initial user namespace); without it the
 * points skip (an unprivileged EPERM would prove nothing).
 *
 * Cites: getrlimit(2) ERRORS (EPERM: hard RLIMIT_NOFILE above the maximum
 * in /proc/sys/fs/nr_open); proc(5) /proc/sys/fs/nr_open.
 */
#include "nofile.h"

FT_CASE("a hard RLIMIT_NOFILE above /proc/sys/fs/nr_open is refused with EPERM",
	"getrlimit(2) ERRORS; proc(5) /proc/sys/fs/nr_open");

static long nr_open(void)
{
	char buf[64];
	if (access("/proc/sys/fs/nr_open", R_OK) != 0)
		FT_SKIP("/proc/sys/fs/nr_open is not available here");
	ft_read_file("/proc/sys/fs/nr_open", buf, sizeof buf);
	long n = strtol(buf, NULL, 10);
	FT_GT(n, 0);
	const char *why;
	if (ft_has_init_cap(CAP_SYS_RESOURCE, &why) != 1)
		FT_SKIP("needs CAP_SYS_RESOURCE to raise the hard limit: %s", why);
	return n;
}

FT_POINT(hard_above_nr_open_eperm)
{
	long n = nr_open();
	struct rlimit old, now;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
	struct rlimit rl = { old.rlim_cur, (rlim_t)n + 1 };
	FT_ERRNO(setrlimit(RLIMIT_NOFILE, &rl), EPERM);
	rl.rlim_cur = rl.rlim_max = RLIM_INFINITY;
	FT_ERRNO(setrlimit(RLIMIT_NOFILE, &rl), EPERM);
	FT_SYS(getrlimit(RLIMIT_NOFILE, &now));
	FT_EQ(now.rlim_cur, old.rlim_cur);
	FT_EQ(now.rlim_max, old.rlim_max);
}

FT_POINT(hard_at_nr_open_ok)
{
	long n = nr_open();
	struct rlimit old, now;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &old));
	struct rlimit rl = { old.rlim_cur, (rlim_t)n };
	FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	FT_SYS(getrlimit(RLIMIT_NOFILE, &now));
	FT_EQ(now.rlim_max, n);
	lim_restore(&old);
}
