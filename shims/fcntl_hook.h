/*
 * fcntl_hook.h - fcntl and fcntl64 wrapped for fault shims: both come to
 * the shim's on_fcntl(fd, cmd, arg), with the optional third argument read
 * as a long (every fcntl argument, int or pointer, fits in one).
 * real_fcntl() makes the real call as the system call.  The shim defines
 * on_fcntl(), before or after including this.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static int on_fcntl(int fd, int cmd, long arg);

static inline int real_fcntl(int fd, int cmd, long arg)
{
	return (int)syscall(SYS_fcntl, fd, cmd, arg);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return on_fcntl(fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	long arg = va_arg(ap, long);
	va_end(ap);
	return on_fcntl(fd, cmd, arg);
}
