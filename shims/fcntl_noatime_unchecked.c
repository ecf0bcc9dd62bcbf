/*
 * shim fcntl_noatime_unchecked: when F_SETFL with O_NOATIME is refused
 * (EPERM: not the owner, no CAP_FOWNER), the flag is silently dropped and
 * the call reports success, so the permission rule is not enforced as
 * documented.
 *
 * fdsuite-targets: fcntl/noatime_needs_owner
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static int do_fcntl(int fd, int cmd, long arg)
{
	int r = (int)syscall(SYS_fcntl, fd, cmd, arg);
	if (r == -1 && errno == EPERM && cmd == F_SETFL && (arg & O_NOATIME))
		r = (int)syscall(SYS_fcntl, fd, cmd, arg & ~(long)O_NOATIME);
	return r;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return do_fcntl(fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return do_fcntl(fd, cmd, arg);
}
