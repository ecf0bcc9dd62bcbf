/*
 * shim dirs_atfdcwd_pwd: AT_FDCWD is taken to mean the directory named by
 * the PWD environment variable (the shell's idea of the cwd, which chdir()
 * does not update) instead of the process's current working directory.
 * openat and fstatat with AT_FDCWD and a relative path then resolve in a
 * stale directory after chdir().
 *
 * fdsuite-targets: dirs/at_fdcwd_means_cwd
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_hook.h"

#include "next.h"

/* Rewrites a relative path under AT_FDCWD to $PWD/path. */
static const char *fix(int dirfd, const char *path, char *buf, size_t n)
{
	if (dirfd != AT_FDCWD || !path || !path[0] || path[0] == '/')
		return path;
	const char *pwd = getenv("PWD");
	snprintf(buf, n, "%s/%s", pwd && *pwd ? pwd : "", path);
	return buf;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	char buf[8192];
	return real_openat(dirfd, fix(dirfd, path, buf, sizeof buf), flags, mode);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	char buf[8192];
	__typeof__(&fstatat) real = NEXT(fstatat);
	return real(dirfd, fix(dirfd, path, buf, sizeof buf), st, flags);
}

int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	char buf[8192];
	__typeof__(&fstatat64) real = NEXT(fstatat64);
	return real(dirfd, fix(dirfd, path, buf, sizeof buf), st, flags);
}
