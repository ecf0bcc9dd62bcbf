/*
 * shim proc_fdinfo_wrong: /proc/PID/fdinfo/N is served as a static
 * rewrite of the real file, the way a runtime with a minimal fdinfo
 * would: "pos:" is always 0, "flags:" shows neither O_CLOEXEC nor the
 * O_APPEND / O_NONBLOCK status flags, "mnt_id:" is 0, and the per-type
 * lines (eventfd-count, epoll tfd) are missing.
 *
 * fdsuite-targets: proc/fdinfo_pos proc/fdinfo_flags_octal
 * fdsuite-targets: proc/fdinfo_flags_follow_fcntl proc/fdinfo_mnt_id
 * fdsuite-targets: proc/fdinfo_eventfd_count proc/fdinfo_epoll_tfd
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "open_hook.h"

static int is_fdinfo(const char *path)
{
	int pid, fd, used = 0;
	return path && (sscanf(path, "/proc/self/fdinfo/%d%n", &fd, &used) == 1 ||
			sscanf(path, "/proc/%d/fdinfo/%d%n", &pid, &fd, &used) == 2) &&
	       !path[used];
}

static int rewrite(int real_fd, int flags)
{
	char in[16384], out[16384];
	size_t got = 0, w = 0;
	ssize_t r;
	while ((r = read(real_fd, in + got, sizeof in - 1 - got)) > 0)
		got += (size_t)r;
	close(real_fd);
	in[got] = 0;
	for (char *l = in; l && *l;) {
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = 0;
		if (!strncmp(l, "pos:", 4))
			w += snprintf(out + w, sizeof out - w, "pos:\t0\n");
		else if (!strncmp(l, "flags:", 6))
			w += snprintf(out + w, sizeof out - w, "flags:\t0%lo\n",
				      strtoul(l + 6, NULL, 8) & ~(unsigned long)(02000000 | O_APPEND | O_NONBLOCK));
		else if (!strncmp(l, "mnt_id:", 7))
			w += snprintf(out + w, sizeof out - w, "mnt_id:\t0\n");
		else if (strncmp(l, "eventfd-count:", 14) && strncmp(l, "tfd:", 4))
			w += snprintf(out + w, sizeof out - w, "%s\n", l);
		l = nl ? nl + 1 : NULL;
		if (w >= sizeof out)
			w = sizeof out - 1;
	}
	int m = memfd_create("fdinfo", (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
	if (m < 0)
		return -1;
	if (write(m, out, w) != (ssize_t)w || lseek(m, 0, SEEK_SET) != 0) {
		close(m);
		return -1;
	}
	return m;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	int fd = real_openat(dirfd, path, flags, mode);
	return fd >= 0 && is_fdinfo(path) ? rewrite(fd, flags) : fd;
}
