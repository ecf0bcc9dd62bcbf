/*
 * shim proc_link_open_path: readlink() of /proc/self/fd/N answers with the
 * path the descriptor was opened by, made absolute by prefixing the cwd
 * as a string, as an emulator that remembers open() arguments would: the
 * dirfd of openat is ignored, "." and ".." are not resolved, and the link
 * neither follows a rename nor gains " (deleted)" after an unlink.
 *
 * fdsuite-targets: proc/link_regular_path unlink/proc_link_deleted
 * fdsuite-targets: unlink/rename_keeps_inode
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "open_hook.h"

#include "next.h"

#define NFD 4096
static char *opened_as[NFD];

static int remember(int fd, const char *path)
{
	if (fd < 0 || fd >= NFD || !path)
		return fd;
	char buf[8192], cwd[4096];
	if (path[0] == '/')
		snprintf(buf, sizeof buf, "%s", path);
	else
		snprintf(buf, sizeof buf, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : "", path);
	free(opened_as[fd]);
	opened_as[fd] = strdup(buf);
	return fd;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	return remember(real_openat(dirfd, path, flags, mode), path);
}

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	if (fd >= 0 && fd < NFD) {
		free(opened_as[fd]);
		opened_as[fd] = NULL;
	}
	return real(fd);
}

ssize_t readlink(const char *path, char *out, size_t n)
{
	__typeof__(&readlink) real = NEXT(readlink);
	int fd, used = 0;
	if (sscanf(path, "/proc/self/fd/%d%n", &fd, &used) == 1 && !path[used] &&
	    fd >= 0 && fd < NFD && opened_as[fd]) {
		size_t len = strlen(opened_as[fd]);
		if (len > n)
			len = n;
		memcpy(out, opened_as[fd], len);
		return (ssize_t)len;
	}
	return real(path, out, n);
}
