/*
 * fcntl_hook.h - fcntl wrapped for fault shims.  fcntl and fcntl64 both
 * come to the shim's on_fcntl(fd, cmd, arg); arg is read from the
 * variable arguments as a long, which carries an int or a pointer alike
 * on the ABIs the suite builds for.  real_fcntl() makes the real call as
 * the system call, so that nothing a shim wraps is re-entered.  The shim
 * defines on_fcntl(), before or after including this.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static int on_fcntl(int fd, int cmd, long arg);

static inline int real_fcntl(int fd, int cmd, long arg)
{
	return (int)syscall(SYS_fcntl, fd, cmd, arg);
}

#define FCNTL_HOOK_ARG_(cmd, arg)                                           \
	long arg;                                                           \
	{                                                                   \
		va_list ap;                                                 \
		va_start(ap, cmd);                                          \
		arg = va_arg(ap, long);                                     \
		va_end(ap);                                                 \
	}

int fcntl(int fd, int cmd, ...)
{
	FCNTL_HOOK_ARG_(cmd, arg)
	return on_fcntl(fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	FCNTL_HOOK_ARG_(cmd, arg)
	return on_fcntl(fd, cmd, arg);
}
