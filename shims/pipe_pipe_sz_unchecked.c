/*
 * shim pipe_pipe_sz_unchecked: F_SETPIPE_SZ stores the size as asked and
 * never fails (no rounding to pages, no EBUSY, no EPERM: the real call's
 * result is ignored), and F_GETPIPE_SZ reports half the real capacity, as
 * an emulator with its own idea of pipe sizes would.
 *
 * fdsuite-targets: pipe/default_capacity pipe/setpipe_sz_rounds_up pipe/setpipe_sz_below_data_ebusy pipe/setpipe_sz_above_max_eperm
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

static int (*real_fcntl)(int, int, ...);

static int shim(int fd, int cmd, void *arg)
{
	if (!real_fcntl)
		real_fcntl = (int (*)(int, int, ...))dlsym(RTLD_NEXT, "fcntl");
	if (cmd == F_SETPIPE_SZ) {
		real_fcntl(fd, cmd, (int)(long)arg);
		return (int)(long)arg;
	}
	int r = real_fcntl(fd, cmd, arg);
	if (cmd == F_GETPIPE_SZ && r > 0)
		return r / 2;
	return r;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim(fd, cmd, arg);
}

int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return shim(fd, cmd, arg);
}
