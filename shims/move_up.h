/*
 * move_up.h - for shims: move a new descriptor off the number the kernel
 * chose, one above it (F_DUPFD, or F_DUPFD_CLOEXEC when cloexec), closing
 * the original, so that a call no longer returns the lowest free number.
 * Made with raw system calls so that no other wrapper is re-entered.
 * Returns the new number, or fd itself where it cannot be moved.
 */
#ifndef SHIM_MOVE_UP_H
#define SHIM_MOVE_UP_H
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

static long shim_move_up(long fd, int cloexec)
{
	if (fd < 0)
		return fd;
	long up = syscall(SYS_fcntl, fd, cloexec ? F_DUPFD_CLOEXEC : F_DUPFD,
			  fd + 1);
	if (up < 0)
		return fd;
	syscall(SYS_close, fd);
	return up;
}

#endif
