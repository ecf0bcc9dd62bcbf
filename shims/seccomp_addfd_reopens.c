/*
 * shim seccomp_addfd_reopens: ADDFD gives the target a new open file
 * description (a reopen of /proc/self/fd/SRC with its access mode, or
 * /dev/null where the file cannot be reopened), as a supervisor that
 * models descriptors as paths would: offset and status flags are no
 * longer shared, and sockets or anonymous files become something else.
 *
 * fdsuite-targets: seccomp/addfd_shares_description seccomp/addfd_fd_kinds
 */
#include <fcntl.h>
#define SECCOMP_ON_ADDFD
struct shim_addfd;
static int on_addfd(int listener, struct shim_addfd *a);
#include "seccomp_hook.h"

static int on_addfd(int listener, struct shim_addfd *a)
{
	char path[64];
	int fl = (int)syscall(SYS_fcntl, (int)a->srcfd, F_GETFL);
	if (fl == -1)
		return real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
	snprintf(path, sizeof path, "/proc/self/fd/%u", a->srcfd);
	int copy = (int)syscall(SYS_openat, AT_FDCWD, path,
				(fl & O_ACCMODE) | O_CLOEXEC);
	if (copy == -1)
		copy = (int)syscall(SYS_openat, AT_FDCWD, "/dev/null",
				    O_RDONLY | O_CLOEXEC);
	uint32_t src = a->srcfd;
	a->srcfd = (uint32_t)copy;
	int r = real_ioctl(listener, SHIM_IOCTL_ADDFD, a);
	int saved = errno;
	a->srcfd = src;
	close(copy);
	errno = saved;
	return r;
}
