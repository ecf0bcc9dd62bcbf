/*
 * shim offset_open_drops_append: open() silently ignores O_APPEND, so
 * writes go to the file offset instead of the end of the file.
 *
 * fdsuite-targets: offset/append_writes_at_end offset/pwrite_append_appends
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>
#include <unistd.h>

static int mode_of(int flags, va_list ap)
{
	return ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) ? va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int mode = mode_of(flags, ap);
	va_end(ap);
	return (int)syscall(SYS_openat, AT_FDCWD, path, flags & ~O_APPEND, mode);
}

int open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	int mode = mode_of(flags, ap);
	va_end(ap);
	return (int)syscall(SYS_openat, AT_FDCWD, path, flags & ~O_APPEND, mode);
}
