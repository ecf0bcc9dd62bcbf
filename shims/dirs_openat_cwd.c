/*
 * shim dirs_openat_cwd: the *at() calls ignore their dirfd and resolve a
 * relative path in the current working directory, as if they were the
 * plain calls (open, stat, mkdir, unlink).  openat relative to a directory
 * descriptor then opens and creates in the cwd, a non-directory dirfd is
 * not refused, and a dirfd no longer follows its directory.
 *
 * fdsuite-targets: dirs/openat_relative_to_dirfd dirs/openat_after_chdir
 * fdsuite-targets: dirs/non_directory_dirfd dirs/o_path_dirfd
 * fdsuite-targets: dirs/dirfd_survives_rename dirs/dotdot_from_dirfd
 * fdsuite-targets: unlink/removed_dir_refuses_entries
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_hook.h"

/* real: the next definition of the wrapped function, typed like it. */
#define REAL(name, ret, ...)                                                 \
	static ret (*real)(__VA_ARGS__);                                     \
	if (!real)                                                           \
		real = (ret(*)(__VA_ARGS__))dlsym(RTLD_NEXT, name)

static int fix(int dirfd, const char *path)
{
	return path && path[0] != '/' && path[0] ? AT_FDCWD : dirfd;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return real_openat(fix(dirfd, path), path, flags, mode);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	REAL("fstatat", int, int, const char *, struct stat *, int);
	return real(fix(dirfd, path), path, st, flags);
}

int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	REAL("fstatat64", int, int, const char *, struct stat64 *, int);
	return real(fix(dirfd, path), path, st, flags);
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	REAL("mkdirat", int, int, const char *, mode_t);
	return real(fix(dirfd, path), path, mode);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	REAL("unlinkat", int, int, const char *, int);
	return real(fix(dirfd, path), path, flags);
}

int symlinkat(const char *target, int dirfd, const char *path)
{
	REAL("symlinkat", int, const char *, int, const char *);
	return real(target, fix(dirfd, path), path);
}
