/*
 * shim mount_fd_not_opath: fsmount and open_tree return a descriptor
 * opened for reading (O_RDONLY | O_DIRECTORY on the same directory)
 * instead of an O_PATH one, so F_GETFL lacks O_PATH and read() fails with
 * EISDIR rather than EBADF.
 *
 * fdsuite-targets: mount/mount_fds_are_opath
 */
#include "syscall_hook.h"
#include <fcntl.h>

static long on_syscall(long nr, long a[6])
{
	long fd = real_syscall(nr, a);
	if ((nr != SYS_fsmount && nr != SYS_open_tree) || fd < 0)
		return fd;
	long r = real_syscall(SYS_openat, (long[6]){ fd, (long)".",
		O_RDONLY | O_DIRECTORY | O_CLOEXEC });
	if (r < 0)
		return fd;
	real_syscall(SYS_dup3, (long[6]){ r, fd, O_CLOEXEC });
	real_syscall(SYS_close, (long[6]){ r });
	return fd;
}
