/*
 * shim proc_pid_is_self: paths under /proc/PID/ for another process are
 * served from /proc/self/, as an emulator that only implements /proc/self
 * would.  Another process's descriptor table then looks like the caller's
 * own, and another process's descriptors cannot be reopened.
 *
 * fdsuite-targets: proc/child_fd_table unlink/reopen_via_proc_pid
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "open_hook.h"

#include "next.h"

static const char *fix(const char *path, char *buf, size_t n)
{
	int pid, used = 0;
	if (path && sscanf(path, "/proc/%d%n", &pid, &used) == 1 && pid != getpid() &&
	    (path[used] == '/' || !path[used])) {
		snprintf(buf, n, "/proc/self%s", path + used);
		return buf;
	}
	return path;
}

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	char buf[4096];
	return real_openat(dirfd, fix(path, buf, sizeof buf), flags, mode);
}

DIR *opendir(const char *path)
{
	char buf[4096];
	__typeof__(&opendir) real = NEXT(opendir);
	return real(fix(path, buf, sizeof buf));
}

ssize_t readlink(const char *path, char *out, size_t n)
{
	char buf[4096];
	__typeof__(&readlink) real = NEXT(readlink);
	return real(fix(path, buf, sizeof buf), out, n);
}
