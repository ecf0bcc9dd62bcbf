/*
 * shim locks_posix_as_ofd: F_SETLK, F_SETLKW and F_GETLK are carried out
 * as F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK, as an emulation that keeps
 * every record lock on the open file description would: locks survive the
 * close of another descriptor, are shared with forked children, conflict
 * between two opens in one process (and between threads), report l_pid
 * -1, and get no deadlock detection.
 *
 * fdsuite-targets: locks/posix_close_any_fd_drops locks/posix_not_inherited_by_fork locks/posix_getlk_reports_holder locks/posix_own_locks_merge_split locks/posix_shared_by_threads locks/posix_setlkw_deadlock
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

static int shim(const char *name, int fd, int cmd, va_list ap)
{
	int (*real)(int, int, ...) = (int (*)(int, int, ...))dlsym(RTLD_NEXT, name);
	void *arg = va_arg(ap, void *);
	int ofd = cmd == F_SETLK    ? F_OFD_SETLK
		  : cmd == F_SETLKW ? F_OFD_SETLKW
		  : cmd == F_GETLK  ? F_OFD_GETLK
				    : 0;
	if (!ofd)
		return real(fd, cmd, arg);
	struct flock *fl = arg;
	fl->l_pid = 0;
	return real(fd, ofd, fl);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	int r = shim("fcntl", fd, cmd, ap);
	va_end(ap);
	return r;
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	int r = shim("fcntl64", fd, cmd, ap);
	va_end(ap);
	return r;
}
