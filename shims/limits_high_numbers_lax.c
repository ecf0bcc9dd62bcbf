/*
 * shim limits_high_numbers_lax: the edges of the descriptor range are
 * wrong: dup2/dup3 onto a number at or above the soft RLIMIT_NOFILE give
 * EMFILE (not EBADF), close of such a number reports success, and the
 * last number below the limit is refused (EBADF for dup2/dup3, EINVAL for
 * F_DUPFD), as if the limit were one lower.
 *
 * fdsuite-targets: limits/numbers_at_limit_not_open limits/dup2_just_below_limit
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "fcntl_hook.h"

static long soft(void)
{
	struct rlimit rl;
	if (syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl) != 0)
		return -1;
	return (long)rl.rlim_cur;
}

static int edge(int n)
{
	long l = soft();
	if (l > 0 && n >= l) {
		errno = EMFILE;
		return -1;
	}
	if (l > 0 && n == l - 1) {
		errno = EBADF;
		return -1;
	}
	return 0;
}

int dup2(int o, int n)
{
	if (edge(n))
		return -1;
	if (o == n)
		return syscall(SYS_fcntl, o, F_GETFD) == -1 ? -1 : o;
	return (int)syscall(SYS_dup3, o, n, 0);
}

int dup3(int o, int n, int flags)
{
	if (edge(n))
		return -1;
	return (int)syscall(SYS_dup3, o, n, flags);
}

int close(int fd)
{
	long l = soft();
	int r = (int)syscall(SYS_close, fd);
	if (r == -1 && errno == EBADF && l > 0 && fd >= l)
		return 0;
	return r;
}

static int on_fcntl(int fd, int cmd, long arg)
{
	long l = soft();
	if ((cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) && l > 0 && arg == l - 1) {
		errno = EINVAL;
		return -1;
	}
	return (int)real_fcntl(fd, cmd, arg);
}
