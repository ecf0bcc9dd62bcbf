/*
 * shim alloc_dupfd_ignores_min: fcntl(F_DUPFD/F_DUPFD_CLOEXEC, arg) ignores
 * arg and behaves like dup() (the lowest free number overall), the way an
 * emulator that maps F_DUPFD onto dup would.  The minimum is not honored
 * and an out-of-range arg is not rejected.
 *
 * fdsuite-targets: alloc/fdupfd_honors_minimum alloc/fdupfd_limit_einval
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

#define FCNTL_LIKE(name)                                                    \
	int name(int fd, int cmd, ...)                                      \
	{                                                                   \
		static int (*real)(int, int, ...);                          \
		if (!real)                                                  \
			real = (int (*)(int, int, ...))dlsym(RTLD_NEXT, #name); \
		va_list ap;                                                 \
		va_start(ap, cmd);                                          \
		void *arg = va_arg(ap, void *);                             \
		va_end(ap);                                                 \
		if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)               \
			arg = 0;                                            \
		return real(fd, cmd, arg);                                  \
	}
FCNTL_LIKE(fcntl)
FCNTL_LIKE(fcntl64)
