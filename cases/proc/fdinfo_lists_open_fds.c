/*
 * proc/fdinfo_lists_open_fds - /proc/self/fdinfo has one entry per open
 * descriptor, the same set as /proc/self/fd: it matches the descriptors
 * fcntl(F_GETFD) finds open and follows opens and closes.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (Linux 2.6.22; one entry for each
 * open file, named by its descriptor).
 */
#include "proc.h"

FT_CASE("/proc/self/fdinfo lists exactly the open descriptors",
	"proc(5) \"/proc/pid/fdinfo/\"");
FT_NEEDS(FT_NEEDS_PROC);

#define MAXFD 4096
static int listed[MAXFD], probed[MAXFD];

static void same_as_probe(void)
{
	int n = proc_list("/proc/self/fdinfo", listed, MAXFD);
	int m = proc_probe(probed, MAXFD);
	for (int i = 0; i < m; i++)
		if (!proc_has(listed, n, probed[i]))
			FT_FAIL("open fd %d is missing from /proc/self/fdinfo", probed[i]);
	for (int i = 0; i < n; i++)
		if (!proc_has(probed, m, listed[i]))
			FT_FAIL("/proc/self/fdinfo lists fd %d, which is not open", listed[i]);
	FT_EQ(n, m);
}

FT_POINT(matches_fd_table)
{
	same_as_probe();
}

FT_POINT(follows_open_and_close)
{
	int p[2];
	FT_SYS(pipe(p));
	int hi = FT_SYS(fcntl(p[0], F_DUPFD, proc_high_fd(p[1] + 29)));
	same_as_probe();
	FT_SYS(close(hi));
	FT_SYS(close(p[0]));
	same_as_probe();
	int n = proc_list("/proc/self/fdinfo", listed, MAXFD);
	FT_FALSE(proc_has(listed, n, hi));
	FT_FALSE(proc_has(listed, n, p[0]));
	close(p[1]);
}
