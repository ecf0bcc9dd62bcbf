/*
 * proc/fd_lists_open_fds - /proc/self/fd has exactly one entry per open
 * descriptor, named by its number: the listing equals the set of
 * descriptors fcntl(F_GETFD) finds open (apart from the descriptor reading
 * the directory), names no descriptor twice, and follows the table as
 * descriptors are opened and closed.
 *
 * Cites: proc(5) "/proc/pid/fd/" (one entry per open file, named by its
 * descriptor).
 */
#include "proc.h"

FT_CASE("/proc/self/fd lists exactly the open descriptors, each once",
	"proc(5) \"/proc/pid/fd/\"");
FT_NEEDS(FT_NEEDS_PROC);

#define MAXFD 4096
static int listed[MAXFD], probed[MAXFD];

static void same_as_probe(void)
{
	int n = proc_list("/proc/self/fd", listed, MAXFD);
	int m = proc_probe(probed, MAXFD);
	for (int i = 0; i < m; i++)
		if (!proc_has(listed, n, probed[i]))
			FT_FAIL("open fd %d is missing from /proc/self/fd", probed[i]);
	for (int i = 0; i < n; i++)
		if (!proc_has(probed, m, listed[i]))
			FT_FAIL("/proc/self/fd lists fd %d, which is not open", listed[i]);
	FT_EQ(n, m);
}

FT_POINT(matches_fd_table)
{
	same_as_probe();
}

FT_POINT(each_once)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int n = proc_list("/proc/self/fd", listed, MAXFD);
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++)
			if (listed[i] == listed[j])
				FT_FAIL("fd %d is listed twice", listed[i]);
}

FT_POINT(follows_open_and_close)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	int hi = FT_SYS(fcntl(fd, F_DUPFD, proc_high_fd(fd + 37)));
	int n = proc_list("/proc/self/fd", listed, MAXFD);
	FT_TRUE(proc_has(listed, n, fd));
	FT_TRUE(proc_has(listed, n, hi));
	same_as_probe();
	FT_SYS(close(hi));
	n = proc_list("/proc/self/fd", listed, MAXFD);
	FT_FALSE(proc_has(listed, n, hi));
	FT_TRUE(proc_has(listed, n, fd));
	same_as_probe();
}
