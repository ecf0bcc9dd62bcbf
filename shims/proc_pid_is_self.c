/*
 * shim proc_pid_is_self: paths under /proc/PID/ for another process are
 * served from /proc/self/, as an emulator that only implements /proc/self
 * would.  Another process's descriptor table then looks like the caller's
 * own, and another process's descriptors cannot be reopened.
 *
 * fdsuite-targets: proc/child_fd_table unlink/reopen_via_proc_pid
 */
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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

static int open_common(const char *sym, const char *path, int flags, mode_t mode)
{
	char buf[4096];
	int (*real)(const char *, int, ...) =
		(int (*)(const char *, int, ...))dlsym(RTLD_NEXT, sym);
	return real(fix(path, buf, sizeof buf), flags, mode);
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = (mode_t)va_arg(ap, int);
	va_end(ap);
	return open_common("open", path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	va_list ap;
	va_start(ap, flags);
	mode_t mode = (mode_t)va_arg(ap, int);
	va_end(ap);
	return open_common("open64", path, flags, mode);
}

DIR *opendir(const char *path)
{
	char buf[4096];
	static DIR *(*real)(const char *);
	if (!real)
		real = (DIR * (*)(const char *)) dlsym(RTLD_NEXT, "opendir");
	return real(fix(path, buf, sizeof buf));
}

ssize_t readlink(const char *path, char *out, size_t n)
{
	char buf[4096];
	static ssize_t (*real)(const char *, char *, size_t);
	if (!real)
		real = (ssize_t (*)(const char *, char *, size_t))dlsym(RTLD_NEXT, "readlink");
	return real(fix(path, buf, sizeof buf), out, n);
}
