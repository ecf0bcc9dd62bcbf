/*
 * shim proc_closed_ebadf: lookups of /proc/self/fd/N and
 * /proc/self/fdinfo/N for a descriptor that is not open fail with EBADF
 * (the error of the descriptor calls) instead of ENOENT, as an emulator
 * that forwards its fd-table lookup error would.
 *
 * fdsuite-targets: proc/closed_fd_enoent
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_hook.h"

#include "next.h"

/* 1 (errno EBADF) if path is a /proc/self fd entry of a closed fd. */
static int closed_entry(const char *path)
{
	int fd, used = 0;
	if (!path || !((sscanf(path, "/proc/self/fd/%d%n", &fd, &used) == 1 ||
			sscanf(path, "/proc/self/fdinfo/%d%n", &fd, &used) == 1) &&
		       !path[used]))
		return 0;
	if (fcntl(fd, F_GETFD) != -1)
		return 0;
	errno = EBADF;
	return 1;
}

ssize_t readlink(const char *path, char *out, size_t n)
{
	__typeof__(&readlink) real = NEXT(readlink);
	return closed_entry(path) ? -1 : real(path, out, n);
}

int lstat(const char *path, struct stat *st)
{
	__typeof__(&lstat) real = NEXT(lstat);
	return closed_entry(path) ? -1 : real(path, st);
}

int lstat64(const char *path, struct stat64 *st)
{
	return lstat(path, (struct stat *)st);
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return closed_entry(path) ? -1 : real_openat(dirfd, path, flags, mode);
}
