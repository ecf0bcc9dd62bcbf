/*
 * shim dirs_openat_concat: openat() with a real dirfd is emulated by
 * joining the directory's path (read from /proc/self/fd/DIRFD) and the
 * given path as strings, also when the given path is absolute, as a naive
 * path-translating runtime would.  An absolute path then no longer ignores
 * the dirfd: it is looked up under the dirfd's directory, or fails when
 * the dirfd is not a valid descriptor.
 *
 * fdsuite-targets: dirs/absolute_path_ignores_dirfd
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	if (dirfd == AT_FDCWD || !path)
		return real_openat(dirfd, path, flags, mode);
	char link[64], dir[4096], full[8192];
	snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
	ssize_t n = readlink(link, dir, sizeof dir - 1);
	if (n < 0) {
		errno = EBADF;
		return -1;
	}
	dir[n] = 0;
	snprintf(full, sizeof full, "%s/%s", dir, path);
	return real_openat(AT_FDCWD, full, flags, mode);
}
