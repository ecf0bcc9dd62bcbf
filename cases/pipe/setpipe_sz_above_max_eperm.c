/*
 * pipe/setpipe_sz_above_max_eperm - without CAP_SYS_RESOURCE, F_SETPIPE_SZ
 * above /proc/sys/fs/pipe-max-size fails with EPERM and leaves the capacity
 * unchanged; a process with CAP_SYS_RESOURCE may exceed that limit.  The
 * unprivileged facet drops the capabilities from the effective set in a
 * child (CAP_SYS_ADMIN too, which also lifts the per-user pipe limits).
 */
#include "pipe.h"

FT_CASE("F_SETPIPE_SZ above pipe-max-size is EPERM unless CAP_SYS_RESOURCE",
	"fcntl(2) \"Changing the capacity of a pipe\"; pipe(7) \"/proc files\"; capabilities(7)");

static long max_size(void)
{
	long max = pp_proc_long("/proc/sys/fs/pipe-max-size");
	if (max <= 0)
		FT_SKIP("needs /proc/sys/fs/pipe-max-size (Linux 2.6.35) to know the limit");
	if (max > (1L << 29))
		FT_SKIP("pipe-max-size %ld leaves no room to ask for more", max);
	return max;
}

FT_POINT(unprivileged_above_max_eperm)
{
	long max = max_size();
	pid_t pid = ft_fork();
	if (pid == 0) {
		static const int caps[] = { CAP_SYS_RESOURCE, CAP_SYS_ADMIN };
		pp_drop_caps(caps, 2);
		FT_FDS int p[2] = FT_NO_FDS;
		pp_pipe(p, 0);
		int cap = FT_SYS(fcntl(p[1], F_GETPIPE_SZ));
		FT_ERRNO(fcntl(p[1], F_SETPIPE_SZ, (int)(2 * max)), EPERM);
		FT_EQ(fcntl(p[1], F_GETPIPE_SZ), cap);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(privileged_may_exceed_max)
{
	long max = max_size();
	const char *why;
	if (ft_has_init_cap(CAP_SYS_RESOURCE, &why) != 1)
		FT_SKIP("needs CAP_SYS_RESOURCE to exceed pipe-max-size: %s", why);
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	int got = FT_SYS(fcntl(p[1], F_SETPIPE_SZ, (int)(2 * max)));
	FT_GE(got, 2 * max);
	FT_EQ(fcntl(p[0], F_GETPIPE_SZ), got);
}
