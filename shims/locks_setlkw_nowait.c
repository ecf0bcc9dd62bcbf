/*
 * shim locks_setlkw_nowait: F_SETLKW and F_OFD_SETLKW never wait: they
 * are carried out as F_SETLK and F_OFD_SETLK, so a conflicting request
 * fails at once (EAGAIN) instead of waiting for the holder, and a lock
 * cycle yields EAGAIN on both sides rather than EDEADLK on one.
 *
 * fdsuite-targets: locks/posix_setlkw_waits locks/ofd_setlkw_waits locks/posix_setlkw_deadlock
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

static int shim(const char *name, int fd, int cmd, va_list ap)
{
	int (*real)(int, int, ...) = (int (*)(int, int, ...))dlsym(RTLD_NEXT, name);
	void *arg = va_arg(ap, void *);
	if (cmd == F_SETLKW)
		cmd = F_SETLK;
	else if (cmd == F_OFD_SETLKW)
		cmd = F_OFD_SETLK;
	return real(fd, cmd, arg);
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
