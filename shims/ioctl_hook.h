/*
 * ioctl_hook.h - ioctl wrapped for fault shims: every ioctl() comes to the
 * shim's on_ioctl(fd, req, arg), arg read from the variable arguments as
 * a pointer (it carries an int or a pointer alike on the ABIs the suite
 * builds for).  real_ioctl() makes the real call.  The shim defines
 * on_ioctl(), before or after including this.
 */
#ifndef SHIM_IOCTL_HOOK_H
#define SHIM_IOCTL_HOOK_H
#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>

static int on_ioctl(int fd, unsigned long req, void *arg);

static int real_ioctl(int fd, unsigned long req, void *arg)
{
	static int (*real)(int, unsigned long, ...);
	if (!real)
		real = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
	return real(fd, req, arg);
}

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	va_start(ap, req);
	void *arg = va_arg(ap, void *);
	va_end(ap);
	return on_ioctl(fd, req, arg);
}

/* ioctl_ns(2) requests, where the headers lack them */
#define SHIM_NS_GET_USERNS _IO(0xb7, 0x1)
#define SHIM_NS_GET_PARENT _IO(0xb7, 0x2)
#define SHIM_NS_GET_NSTYPE _IO(0xb7, 0x3)
#define SHIM_NS_GET_OWNER_UID _IO(0xb7, 0x4)

#endif
