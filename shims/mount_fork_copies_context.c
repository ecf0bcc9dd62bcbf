/*
 * shim mount_fork_copies_context: a forked child gets a fresh tmpfs
 * context in place of every filesystem context descriptor it inherits
 * (same number), as if fork copied the context instead of sharing the
 * open file description: what the child configures, mounts or logs does
 * not reach the parent's context.
 *
 * fdsuite-targets: mount/fscontext_fork_shares mount/fscontext_messages
 */
#include "anon_inode.h"
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include "next.h"

#ifndef SYS_fsopen
#define SYS_fsopen 430
#endif

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid != 0)
		return pid;
	for (int fd = 0; fd < 1024; fd++) {
		if (!shim_is_anon(fd, "fscontext"))
			continue;
		int fresh = (int)syscall(SYS_fsopen, "tmpfs", 1);
		if (fresh >= 0) {
			dup3(fresh, fd, O_CLOEXEC);
			close(fresh);
		}
	}
	return 0;
}
