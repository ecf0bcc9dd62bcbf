/*
 * shim dirs_open_drops_flags: open() and openat() silently drop O_DIRECTORY
 * and O_NOFOLLOW (O_TMPFILE, which contains the O_DIRECTORY bit, is left
 * alone), as an emulator that does not translate those flags would.  A
 * regular file then opens under O_DIRECTORY, and a symbolic link is
 * followed under O_NOFOLLOW (also with O_PATH).
 *
 * fdsuite-targets: dirs/o_directory_on_file dirs/o_nofollow_symlink
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>

static int strip(int flags)
{
	if ((flags & O_TMPFILE) == O_TMPFILE)
		return flags;
	return flags & ~(O_DIRECTORY | O_NOFOLLOW);
}

#define MODE()                                                               \
	va_list ap;                                                          \
	va_start(ap, flags);                                                 \
	mode_t mode = (mode_t)va_arg(ap, int);                               \
	va_end(ap)

int open(const char *path, int flags, ...)
{
	MODE();
	static int (*real)(const char *, int, ...);
	if (!real)
		real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
	return real(path, strip(flags), mode);
}

int open64(const char *path, int flags, ...)
{
	MODE();
	static int (*real)(const char *, int, ...);
	if (!real)
		real = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open64");
	return real(path, strip(flags), mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	MODE();
	static int (*real)(int, const char *, int, ...);
	if (!real)
		real = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
	return real(dirfd, path, strip(flags), mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	MODE();
	static int (*real)(int, const char *, int, ...);
	if (!real)
		real = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat64");
	return real(dirfd, path, strip(flags), mode);
}
