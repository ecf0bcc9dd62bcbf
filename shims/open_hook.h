/*
 * open_hook.h - the open family wrapped for fault shims.  open, open64,
 * openat and openat64 (and, with OPEN_HOOK_CREAT defined, creat and
 * creat64) all come to the shim's on_open(dirfd, path, flags, mode):
 * dirfd is AT_FDCWD for the calls that have none, and mode is read from
 * the variable arguments only when the flags say one was passed.
 * real_openat() makes the real call as the system call, so that nothing a
 * shim wraps is re-entered.  The shim defines on_open(), before or after
 * including this.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

static int on_open(int dirfd, const char *path, int flags, mode_t mode);

static inline int real_openat(int dirfd, const char *path, int flags, mode_t mode)
{
	return (int)syscall(SYS_openat, dirfd, path, flags, mode);
}

#define OPEN_HOOK_MODE_(flags)                                              \
	mode_t mode = 0;                                                    \
	if (((flags) & O_CREAT) || ((flags) & O_TMPFILE) == O_TMPFILE) {    \
		va_list ap;                                                 \
		va_start(ap, flags);                                        \
		mode = (mode_t)va_arg(ap, int);                             \
		va_end(ap);                                                 \
	}

int open(const char *path, int flags, ...)
{
	OPEN_HOOK_MODE_(flags)
	return on_open(AT_FDCWD, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	OPEN_HOOK_MODE_(flags)
	return on_open(AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	OPEN_HOOK_MODE_(flags)
	return on_open(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	OPEN_HOOK_MODE_(flags)
	return on_open(dirfd, path, flags, mode);
}

#ifdef OPEN_HOOK_CREAT
int creat(const char *path, mode_t mode)
{
	return on_open(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int creat64(const char *path, mode_t mode)
{
	return on_open(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}
#endif
