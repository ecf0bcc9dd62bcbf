/*
 * shim dup_dup2_closes_first: dup2() and dup3() are built from close(newfd)
 * followed by fcntl(oldfd, F_DUPFD, newfd), the racy emulation dup(2)
 * warns about.  newfd is then closed even when oldfd is invalid, and
 * dup2(fd, fd) closes fd instead of doing nothing.
 *
 * fdsuite-targets: dup/dup2_bad_oldfd_keeps_newfd dup/dup2_same_fd_noop
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int dup3(int oldfd, int newfd, int flags)
{
	if (newfd < 0) {
		errno = EBADF;
		return -1;
	}
	syscall(SYS_close, newfd);
	int cmd = (flags & O_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD;
	int r = (int)syscall(SYS_fcntl, oldfd, cmd, newfd);
	if (r != -1 && r != newfd) {
		syscall(SYS_close, r);
		errno = EBUSY;
		return -1;
	}
	return r;
}

int dup2(int oldfd, int newfd)
{
	return dup3(oldfd, newfd, 0);
}
