/*
 * shim unlink_tmpfile_named: open(dir, O_TMPFILE) is emulated by creating
 * an ordinary file with a hidden random name in dir, the way libraries
 * fall back when O_TMPFILE is missing, and the name is left in place.  The
 * "temporary" file then has st_nlink 1 and a directory entry, linking it
 * adds a second link, and O_EXCL no longer prevents linking it.
 *
 * fdsuite-targets: unlink/tmpfile_nlink_zero unlink/tmpfile_linkat_proc
 * fdsuite-targets: unlink/tmpfile_linkat_empty_path unlink/tmpfile_excl_not_linkable
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "next.h"

static int emulate(int dirfd, const char *dir, int flags, mode_t mode)
{
	__typeof__(&openat) real = NEXT(openat);
	char name[4096];
	for (int i = 0; i < 100; i++) {
		snprintf(name, sizeof name, "%s/.tmpfile-%d-%d", dir, (int)getpid(), rand());
		int keep = flags & ~(O_TMPFILE | O_EXCL | O_CREAT);
		int fd = real(dirfd, name, keep | O_CREAT | O_EXCL, mode);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

#define WRAP(fn, at)                                                         \
	int fn(ARGS_##at)                                                    \
	{                                                                    \
		mode_t mode = 0;                                             \
		if (flags & (O_CREAT | O_TMPFILE)) {                         \
			va_list ap;                                          \
			va_start(ap, flags);                                 \
			mode = (mode_t)va_arg(ap, int);                      \
			va_end(ap);                                          \
		}                                                            \
		if ((flags & O_TMPFILE) == O_TMPFILE)                        \
			return emulate(DIRFD_##at, path, flags, mode);       \
		static int (*real)(CALL_##at, ...);                          \
		if (!real)                                                   \
			real = (int (*)(CALL_##at, ...))dlsym(RTLD_NEXT, #fn); \
		return real(PASS_##at, mode);                                \
	}
#define ARGS_0 const char *path, int flags, ...
#define ARGS_1 int dirfd, const char *path, int flags, ...
#define CALL_0 const char *, int
#define CALL_1 int, const char *, int
#define PASS_0 path, flags
#define PASS_1 dirfd, path, flags
#define DIRFD_0 AT_FDCWD
#define DIRFD_1 dirfd

WRAP(open, 0)
WRAP(open64, 0)
WRAP(openat, 1)
WRAP(openat64, 1)
