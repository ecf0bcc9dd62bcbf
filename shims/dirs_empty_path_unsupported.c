/*
 * shim dirs_empty_path_unsupported: fstatat() and fchownat() do not know
 * AT_EMPTY_PATH and treat the empty path as a missing file (ENOENT), as
 * kernels before 2.6.39 and some emulators do.  An O_PATH descriptor can
 * then no longer be inspected or chowned through the *at() calls.
 *
 * fdsuite-targets: dirs/o_path_empty_path
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

static int empty(const char *path, int flags)
{
	if ((flags & AT_EMPTY_PATH) && path && !path[0]) {
		errno = ENOENT;
		return 1;
	}
	return 0;
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	__typeof__(&fstatat) real = NEXT(fstatat);
	return empty(path, flags) ? -1 : real(dirfd, path, st, flags);
}

int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	__typeof__(&fstatat64) real = NEXT(fstatat64);
	return empty(path, flags) ? -1 : real(dirfd, path, st, flags);
}

int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags)
{
	__typeof__(&fchownat) real = NEXT(fchownat);
	return empty(path, flags) ? -1 : real(dirfd, path, uid, gid, flags);
}
