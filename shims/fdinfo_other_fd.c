/*
 * shim fdinfo_other_fd: /proc/self/fdinfo/N shows the information of
 * another open descriptor (the nearest open number below N, else above)
 * - an emulation that mixes up its descriptor table.
 *
 * fdsuite-targets: fdinfo/regular_ino fdinfo/anon_flags_and_ino
 * fdsuite-targets: fdinfo/inotify_watch_lines fdinfo/signalfd_sigmask
 */
#include <stdio.h>
#include "open_hook.h"

static int is_open(int fd)
{
	return fd >= 0 && syscall(SYS_fcntl, fd, F_GETFD) != -1;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	int n;
	char rest, other[64];
	if (sscanf(path, "/proc/self/fdinfo/%d%c", &n, &rest) != 1)
		return real_openat(dirfd, path, flags, mode);
	int m = n - 1;
	while (m >= 0 && !is_open(m))
		m--;
	if (m < 0)
		for (m = n + 1; m < n + 1024 && !is_open(m); m++)
			;
	snprintf(other, sizeof other, "/proc/self/fdinfo/%d", m);
	return real_openat(dirfd, other, flags, mode);
}
