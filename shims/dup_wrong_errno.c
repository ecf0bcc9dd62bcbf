/*
 * shim dup_wrong_errno: dup(), dup2() and dup3() report EINVAL where the
 * kernel reports EBADF (an invalid oldfd, or a newfd out of range), as a
 * runtime that maps every argument error onto EINVAL would.
 *
 * fdsuite-targets: dup/dup_bad_fd_ebadf dup/dup2_newfd_out_of_range
 */
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

static int fix(long r)
{
	if (r == -1 && errno == EBADF)
		errno = EINVAL;
	return (int)r;
}

int dup(int oldfd)
{
	return fix(syscall(SYS_dup, oldfd));
}

int dup2(int oldfd, int newfd)
{
	return fix(syscall(SYS_dup2, oldfd, newfd));
}

int dup3(int oldfd, int newfd, int flags)
{
	return fix(syscall(SYS_dup3, oldfd, newfd, flags));
}
