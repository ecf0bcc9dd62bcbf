/*
 * shim socket_open_connects: open() of a UNIX socket file connects a new
 * stream socket to it and returns that instead of failing with ENXIO, as
 * some systems (and emulators) that open sockets like files do.
 *
 * fdsuite-targets: socket/unix_socket_file_open_enxio
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	struct stat st;
	if ((path[0] != '/' && dirfd != AT_FDCWD) ||
	    fstatat(dirfd, path, &st, 0) != 0 || !S_ISSOCK(st.st_mode))
		return real_openat(dirfd, path, flags, mode);
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	snprintf(a.sun_path, sizeof a.sun_path, "%s", path);
	int s = socket(AF_UNIX, SOCK_STREAM | (flags & O_CLOEXEC ? SOCK_CLOEXEC : 0), 0);
	if (s < 0)
		return -1;
	if (connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
		int e = errno;
		close(s);
		errno = e;
		return -1;
	}
	return s;
}
