/*
 * shim proc_reopen_dups: open() of /proc/self/fd/N (or /proc/PID/fd/N of
 * the caller) returns a dup of descriptor N instead of opening the file
 * again, as an emulator that treats those paths as "the same descriptor"
 * would.  The result shares N's offset, status flags and access mode, and
 * a socket "opens" instead of failing with ENXIO.
 *
 * fdsuite-targets: proc/reopen_socket_enxio proc/reopen_pipe_same_pipe
 * fdsuite-targets: proc/reopen_regular_new_description unlink/reopen_via_proc_self
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int target_fd(const char *path)
{
	int pid, fd, used = 0;
	if (path && sscanf(path, "/proc/self/fd/%d%n", &fd, &used) == 1 && !path[used])
		return fd;
	if (path && sscanf(path, "/proc/%d/fd/%d%n", &pid, &fd, &used) == 2 &&
	    !path[used] && pid == getpid())
		return fd;
	return -1;
}

static int open_common(const char *sym, int dirfd, const char *path, int flags, mode_t mode)
{
	int (*real)(int, const char *, int, ...) =
		(int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, sym);
	int fd = target_fd(path);
	if (fd >= 0 && !(flags & O_PATH) && fcntl(fd, F_GETFD) != -1)
		return fcntl(fd, (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, 0);
	return real(dirfd, path, flags, mode);
}

#define MODE()                                                               \
	va_list ap;                                                          \
	va_start(ap, flags);                                                 \
	mode_t mode = (mode_t)va_arg(ap, int);                               \
	va_end(ap)

int open(const char *path, int flags, ...)
{
	MODE();
	return open_common("openat", AT_FDCWD, path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	MODE();
	return open_common("openat64", AT_FDCWD, path, flags, mode);
}
