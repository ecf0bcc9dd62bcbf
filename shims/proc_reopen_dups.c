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
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "open_hook.h"

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

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	int fd = target_fd(path);
	if (fd >= 0 && !(flags & O_PATH) && fcntl(fd, F_GETFD) != -1)
		return fcntl(fd, (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, 0);
	return real_openat(dirfd, path, flags, mode);
}
