/*
 * shim alloc_limit_errnos: a target number at or above the soft
 * RLIMIT_NOFILE is reported as EMFILE ("too many open files") instead of
 * the documented errors: dup2()/dup3() give EMFILE instead of EBADF and
 * fcntl(F_DUPFD) gives EMFILE instead of EINVAL.
 *
 * fdsuite-targets: alloc/dup2_above_limit_ebadf alloc/fdupfd_limit_einval
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <unistd.h>

#include "next.h"

static int at_or_above_limit(long n)
{
	struct rlimit rl;
	return getrlimit(RLIMIT_NOFILE, &rl) == 0 &&
	       rl.rlim_cur != RLIM_INFINITY && n >= (long)rl.rlim_cur;
}

int dup2(int old, int new)
{
	__typeof__(&dup2) real = NEXT(dup2);
	if (at_or_above_limit(new)) {
		errno = EMFILE;
		return -1;
	}
	return real(old, new);
}

int dup3(int old, int new, int fl)
{
	__typeof__(&dup3) real = NEXT(dup3);
	if (at_or_above_limit(new)) {
		errno = EMFILE;
		return -1;
	}
	return real(old, new, fl);
}

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	if ((cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC) && at_or_above_limit(arg)) {
		errno = EMFILE;
		return -1;
	}
	return real_fcntl(fd, cmd, arg);
}
