/*
 * alloc/thousands_lowest_first - lowest-first allocation holds for a large
 * table too: 5000 descriptors created in a row each take the next free
 * number (the table grows without skipping or reordering), and gaps made
 * far up the table are refilled lowest first before anything above the
 * top is used.  The soft RLIMIT_NOFILE is raised (up to the hard limit, or
 * beyond it where privileged) to make room.
 *
 * Cites: open(2) DESCRIPTION; dup(2) DESCRIPTION; getrlimit(2)
 * RLIMIT_NOFILE; POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("lowest-first allocation holds with thousands of descriptors",
	"open(2) DESCRIPTION; dup(2) DESCRIPTION; getrlimit(2) RLIMIT_NOFILE; POSIX XSH 2.14 File Descriptor Allocation");

#define N 5000
static int fds[N];

/* Creates N dups of src, checking each is the next free number. */
static void fill(int src)
{
	int open_now = ft_list_fds(fds, N); /* fds[] reused as scratch */
	long lim = alloc_raise_nofile(ft_lowest_free() + open_now + N + 64);
	if (lim < ft_lowest_free() + open_now + N + 1)
		FT_SKIP("RLIMIT_NOFILE hard limit %ld leaves no room for %d fds",
			lim, N);
	int want = ft_lowest_free();
	for (int i = 0; i < N; i++) {
		fds[i] = FT_SYS(dup(src));
		if (fds[i] != want)
			FT_EQ(fds[i], want); /* report only the first miss */
		want = alloc_free_above(want);
	}
}

static void empty(void)
{
	for (int i = 0; i < N; i++)
		if (fds[i] >= 0)
			close(fds[i]);
}

FT_POINT_OPTS(five_thousand_in_order, .timeout_ms = 20000)
{
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	fill(src);
	FT_LT(fds[0], fds[N - 1]);
	empty();
}

FT_POINT_OPTS(far_gaps_refilled_lowest_first, .timeout_ms = 20000)
{
	FT_FD int src = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	fill(src);
	int top = alloc_free_above(fds[N - 1]);
	int hi = fds[4500], lo = fds[3001];
	FT_SYS(close(hi));
	FT_SYS(close(lo));
	fds[4500] = fds[3001] = -1;
	FT_FD int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_FD int b = FT_SYS(dup(src));
	FT_FD int c = FT_SYS(fcntl(src, F_DUPFD, 0));
	FT_EQ(a, lo);
	FT_EQ(b, hi);
	FT_EQ(c, top);
	empty();
}
