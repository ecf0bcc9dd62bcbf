/*
 * shim dup_dup2_keeps_old_description: when newfd is open, dup2() and
 * dup3() first stash a hidden duplicate of it at a high descriptor number
 * before replacing it, so the open file description newfd referred to is
 * never released (a leaked reference, as in an emulator that forgets to
 * drop the replaced file).  A pipe's last write end then never gives EOF.
 *
 * fdsuite-targets: dup/dup2_releases_replaced_description
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

static void stash(int oldfd, int newfd)
{
	if (oldfd != newfd && syscall(SYS_fcntl, oldfd, F_GETFD) != -1 &&
	    syscall(SYS_fcntl, newfd, F_GETFD) != -1)
		syscall(SYS_fcntl, newfd, F_DUPFD_CLOEXEC, 500);
}

int dup2(int oldfd, int newfd)
{
	stash(oldfd, newfd);
	return (int)syscall(SYS_dup2, oldfd, newfd);
}

int dup3(int oldfd, int newfd, int flags)
{
	stash(oldfd, newfd);
	return (int)syscall(SYS_dup3, oldfd, newfd, flags);
}
