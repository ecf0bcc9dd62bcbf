/*
 * shim dup_setfd_per_description: fcntl(F_SETFD) applies the new
 * close-on-exec flag to every descriptor of the process that refers to the
 * same file (same device and inode), as if FD_CLOEXEC were kept in the
 * open file description rather than in each descriptor.
 *
 * fdsuite-targets: dup/cloexec_not_shared
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fcntl_hook.h"

static int on_fcntl(int fd, int cmd, long arg)
{
	int r = real_fcntl(fd, cmd, arg);
	struct stat a, b;
	if (cmd != F_SETFD || r == -1 || fstat(fd, &a) == -1)
		return r;
	for (int i = 0; i < 1024; i++)
		if (i != fd && fstat(i, &b) == 0 && b.st_dev == a.st_dev &&
		    b.st_ino == a.st_ino)
			syscall(SYS_fcntl, i, F_SETFD, arg);
	return r;
}
