/*
 * shim pty_openpt_not_lowest: posix_openpt() returns its master one number
 * above the one the kernel chose (moved up with F_DUPFD, the original
 * closed), never the lowest free number.
 *
 * fdsuite-targets: pty/posix_openpt_takes_lowest
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int posix_openpt(int flags)
{
	int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "posix_openpt");
	int fd = real(flags);
	if (fd < 0)
		return fd;
	int up = (int)syscall(SYS_fcntl, fd,
			      (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD, fd + 1);
	if (up < 0)
		return fd;
	syscall(SYS_close, fd);
	return up;
}
