/*
 * pipe/default_capacity - a new pipe holds 16 pages (65536 bytes with 4 KiB
 * pages): F_GETPIPE_SZ reports that capacity and exactly that many bytes
 * can be queued before a non-blocking write fails with EAGAIN.
 *
 * Where the capacity may legitimately be lower the point says so rather
 * than failing: a user without CAP_SYS_RESOURCE and CAP_SYS_ADMIN who is
 * over /proc/sys/fs/pipe-user-pages-soft gets one-page pipes (Linux 4.5),
 * and since Linux 4.9 /proc/sys/fs/pipe-max-size caps the default.
 */
#include "pipe.h"

FT_CASE("a new pipe has a capacity of 16 pages",
	"pipe(7) \"Pipe capacity\", \"/proc files\"; fcntl(2) F_GETPIPE_SZ");

/* The capacity pipe(7) says a new pipe gets here; skips when a documented
   limit may lower it. */
static long expected_capacity(int got)
{
	long page = sysconf(_SC_PAGESIZE), want = 16 * page;
	long max = pp_proc_long("/proc/sys/fs/pipe-max-size");
	int priv = ft_has_init_cap(CAP_SYS_RESOURCE, NULL) == 1 ||
		   ft_has_init_cap(CAP_SYS_ADMIN, NULL) == 1;
	if (max > 0 && max < want && got != want && !priv)
		FT_SKIP("/proc/sys/fs/pipe-max-size (%ld) is below the default "
			"capacity and caps it (Linux 4.9)", max);
	if (got == page && !priv &&
	    pp_proc_long("/proc/sys/fs/pipe-user-pages-soft") > 0)
		FT_SKIP("one-page pipe: this user may be over "
			"/proc/sys/fs/pipe-user-pages-soft (Linux 4.5)");
	return want;
}

FT_POINT(getpipe_sz_is_16_pages)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	int got = FT_SYS(fcntl(p[0], F_GETPIPE_SZ));
	FT_EQ(got, expected_capacity(got));
	FT_EQ(fcntl(p[1], F_GETPIPE_SZ), got); /* one pipe, either end */
}

FT_POINT(holds_capacity_bytes)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	int got = FT_SYS(fcntl(p[1], F_GETPIPE_SZ));
	long want = expected_capacity(got);
	FT_EQ(pp_fill(p[1]), want);
	FT_EQ(pp_queued(p[0]), want);
}
