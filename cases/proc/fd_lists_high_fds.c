/*
 * proc/fd_lists_high_fds - /proc/self/fd lists descriptors with large
 * numbers as well: around and above 1024 (past the fd_set size and the
 * usual first table sizes) and past a 64-bit bitmap word boundary, each
 * once, and drops them when they are closed.  The soft RLIMIT_NOFILE is
 * raised within the hard limit where needed.
 *
 * Cites: proc(5) "/proc/pid/fd/"; getrlimit(2) "RLIMIT_NOFILE"; dup(2)
 * "dup2()".
 */
#include "proc.h"

FT_CASE("/proc/self/fd lists descriptors numbered 1024 and above",
	"proc(5) \"/proc/pid/fd/\"; getrlimit(2) RLIMIT_NOFILE; dup(2) \"dup2()\"");
FT_NEEDS(FT_NEEDS_PROC);

#define MAXFD 8192
static int listed[MAXFD];

/* Makes fds up to top usable; the highest usable number is returned. */
static int allow_up_to(int top)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= (rlim_t)top) {
		rlim_t want = (rlim_t)top + 1;
		if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want)
			want = rl.rlim_max;
		rl.rlim_cur = want;
		FT_SYS(setrlimit(RLIMIT_NOFILE, &rl));
	}
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	long cur = rl.rlim_cur == RLIM_INFINITY ? top + 1 : (long)rl.rlim_cur;
	if (cur <= 1100)
		FT_SKIP("needs RLIMIT_NOFILE hard limit above 1100 (it is %ld)", (long)rl.rlim_max);
	return cur - 1 < top ? (int)cur - 1 : top;
}

FT_POINT(around_1024)
{
	allow_up_to(1100);
	FT_FD int fd = ft_tmpfile("x", NULL);
	int want[] = { 1023, 1024, 1025, 1087, 1088 };
	for (unsigned i = 0; i < 5; i++) {
		FT_FALSE(ft_is_open(want[i]));
		FT_EQ(dup2(fd, want[i]), want[i]);
	}
	int n = proc_list("/proc/self/fd", listed, MAXFD);
	for (unsigned i = 0; i < 5; i++) {
		int seen = 0;
		for (int j = 0; j < n; j++)
			seen += listed[j] == want[i];
		FT_EQ(seen, 1);
	}
	for (unsigned i = 0; i < 5; i++)
		FT_SYS(close(want[i]));
	n = proc_list("/proc/self/fd", listed, MAXFD);
	for (unsigned i = 0; i < 5; i++)
		FT_FALSE(proc_has(listed, n, want[i]));
}

FT_POINT(near_the_limit)
{
	FT_FD int top = allow_up_to(MAXFD - 1);
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FALSE(ft_is_open(top));
	FT_EQ(dup2(fd, top), top);
	int n = proc_list("/proc/self/fd", listed, MAXFD);
	FT_TRUE(proc_has(listed, n, top));
	char path[64];
	struct stat a, b;
	snprintf(path, sizeof path, "/proc/self/fd/%d", top);
	FT_SYS(stat(path, &a));
	FT_SYS(fstat(fd, &b));
	FT_EQ(a.st_ino, b.st_ino);
}
