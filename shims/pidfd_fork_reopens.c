/*
 * shim pidfd_fork_reopens: in the child of fork(), every inherited PID
 * file descriptor is replaced by a new pidfd_open() of the same process
 * on the same number: the child's copy is a new open file description, so
 * status flags set through it no longer reach the parent's.
 *
 * fdsuite-targets: pidfd/fork_shares_pidfd
 */
#include <sys/syscall.h>
#include <sys/types.h>
#include "pidfd_hook.h"

#include "next.h"

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t r = real();
	if (r != 0)
		return r;
	for (int fd = 0; fd < 1024; fd++) {
		int pid = hook_pid_of(fd);
		if (pid <= 0)
			continue;
		int fresh = (int)syscall(SYS_pidfd_open, pid, 0);
		if (fresh < 0)
			continue;
		int fdflags = fcntl(fd, F_GETFD);
		dup3(fresh, fd, fdflags > 0 && (fdflags & FD_CLOEXEC) ? O_CLOEXEC : 0);
		close(fresh);
	}
	return 0;
}
