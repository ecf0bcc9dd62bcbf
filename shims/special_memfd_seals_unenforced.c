/*
 * shim special_memfd_seals_unenforced: F_ADD_SEALS accepts F_SEAL_WRITE,
 * F_SEAL_GROW, F_SEAL_SHRINK and F_SEAL_FUTURE_WRITE and reports success
 * without applying them (only F_SEAL_SEAL reaches the kernel), as an
 * emulation that records seals but never enforces them: writes, growing
 * and shrinking keep working and F_GET_SEALS misses the seals.
 *
 * fdsuite-targets: special/memfd_sealing_needs_flag special/memfd_seal_write special/memfd_seal_grow_shrink special/memfd_seal_seal special/memfd_seal_future_write special/memfd_reopen_same_file
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE 0x0010
#endif
#define UNENFORCED (F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_FUTURE_WRITE)

static int shim(const char *name, int fd, int cmd, va_list ap)
{
	int (*real)(int, int, ...) = (int (*)(int, int, ...))dlsym(RTLD_NEXT, name);
	void *arg = va_arg(ap, void *);
	if (cmd == F_ADD_SEALS) {
		int seals = (int)(long)arg & ~UNENFORCED;
		if (seals == 0)
			return 0;
		return real(fd, cmd, seals);
	}
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
