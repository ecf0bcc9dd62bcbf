/*
 * limits/numbers_at_limit_not_open - a number at or above the soft
 * RLIMIT_NOFILE that the process never opened is not a descriptor:
 * F_GETFD, fstat and close fail with EBADF and dup2/dup3 onto it fail
 * with EBADF, at the limit, just above it and 64 above it, and just below
 * it when that number is free.  Numbers at or above the limit that
 * /proc/self/fd does list (a runtime's own, kept above the limit it shows
 * the program) are reported with what F_GETFD says of them, and dup2
 * onto them must still fail with EBADF and leave them open.
 *
 * Cites: getrlimit(2) RLIMIT_NOFILE (one greater than the largest number
 * that can be opened); dup(2) ERRORS (EBADF for newfd out of range);
 * fcntl(2), close(2), fstat(2) ERRORS (EBADF).
 */
#include "nofile.h"

FT_CASE("numbers at or above the soft RLIMIT_NOFILE are not descriptors",
	"getrlimit(2) RLIMIT_NOFILE; dup(2) ERRORS (EBADF); fcntl(2), close(2), fstat(2) ERRORS");

static int fds[8192];

static int listed(int n, int k)
{
	for (int i = 0; i < k; i++)
		if (fds[i] == n)
			return 1;
	return 0;
}

static void not_open(int n)
{
	struct stat st;
	FT_ERRNO(fcntl(n, F_GETFD), EBADF);
	FT_ERRNO(fstat(n, &st), EBADF);
	FT_ERRNO(close(n), EBADF);
}

FT_POINT(unopened_numbers_ebadf)
{
	long lim = lim_cur();
	if (lim < 0 || lim > 0x7fffff00)
		FT_SKIP("soft RLIMIT_NOFILE is unlimited");
	int k = ft_list_fds(fds, 8192);
	const int at[] = { (int)lim, (int)lim + 1, (int)lim + 64 };
	for (size_t i = 0; i < sizeof at / sizeof *at; i++)
		if (!listed(at[i], k))
			not_open(at[i]);
	if (!listed((int)lim - 1, k))
		not_open((int)lim - 1);
}

FT_POINT(dup2_at_limit_ebadf)
{
	long lim = lim_cur();
	if (lim < 0 || lim > 0x7fffff00)
		FT_SKIP("soft RLIMIT_NOFILE is unlimited");
	int k = ft_list_fds(fds, 8192);
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_ERRNO(dup2(fd, (int)lim), EBADF);
	FT_ERRNO(dup2(fd, (int)lim + 1), EBADF);
	FT_ERRNO(dup3(fd, (int)lim, O_CLOEXEC), EBADF);
	if (!listed((int)lim, k)) /* dup2 and dup3 left it unopened */
		FT_ERRNO(fcntl((int)lim, F_GETFD), EBADF);
}

FT_POINT(listed_above_limit_kept)
{
	long lim = lim_cur();
	if (lim < 0 || lim > 0x7fffff00)
		FT_SKIP("soft RLIMIT_NOFILE is unlimited");
	int k = ft_list_fds(fds, 8192);
	int fd = ft_tmpfile("x", NULL);
	int found = 0;
	for (int i = 0; i < k; i++) {
		if (fds[i] < lim)
			continue;
		char target[256];
		ft_readlink_fd(fds[i], target, sizeof target); /* listed: readable */
		errno = 0;
		int is_open = fcntl(fds[i], F_GETFD) != -1;
		ft_note("found: fd %d at or above the soft limit %ld -> %s; "
			"F_GETFD %s%s", fds[i], lim, target,
			is_open ? "succeeds" : "fails with ",
			is_open ? "" : ft_errno_name(errno));
		found++;
		FT_ERRNO(dup2(fd, fds[i]), EBADF);
	}
	close(fd);
	int k2 = ft_list_fds(fds + k, 8192 - k);
	int still = 0;
	for (int i = k; i < k + k2; i++)
		still += fds[i] >= lim;
	FT_EQ(still, found); /* nothing above the limit went away */
	if (!found)
		ft_note("no descriptor at or above the soft limit %ld", lim);
}
