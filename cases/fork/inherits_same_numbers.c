/*
 * fork/inherits_same_numbers - the child of fork() starts with exactly
 * the parent's set of open descriptors, under the same numbers, high or
 * low, with nothing added or missing.
 *
 * Cites: fork(2) DESCRIPTION ("inherits copies of the parent's set of
 * open file descriptors"); POSIX fork(3p).
 */
#include "fork.h"

FT_CASE("a forked child holds the parent's descriptors under the same numbers",
	"fork(2) DESCRIPTION; POSIX fork(3p)");

static int parent_fds[4096], child_fds[4096];

FT_POINT(same_set)
{
	FT_FD int a = ft_tmpfile("a", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int n = ft_list_fds(parent_fds, 4096);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(ft_list_fds(child_fds, 4096), n);
		FT_MEMEQ(child_fds, parent_fds, n * sizeof(int));
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(high_number_kept)
{
	FT_FD int a = ft_tmpfile("a", NULL);
	int hi = FT_SYS(fcntl(a, F_DUPFD, 200 < sysconf(_SC_OPEN_MAX)
						  ? 200 : a + 1));
	struct stat st;
	FT_SYS(fstat(a, &st));
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct stat cs;
		FT_SYS(fstat(hi, &cs));
		FT_EQ(cs.st_ino, st.st_ino);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	close(hi);
}

FT_POINT(closed_gap_stays_closed)
{
	int a = ft_tmpfile("a", NULL);
	FT_FD int b = ft_tmpfile("b", NULL);
	FT_EQ(close(a), 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FALSE(ft_is_open(a));
		FT_TRUE(ft_is_open(b));
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
