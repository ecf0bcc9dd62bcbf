/*
 * shim fork_child_clears_cloexec: the child of fork() starts with
 * FD_CLOEXEC cleared on every descriptor, as if the flags were not part
 * of the copied table.
 *
 * fdsuite-targets: fork/cloexec_copied_to_child
 */
#include <fcntl.h>
#include <unistd.h>

#include "next.h"

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid == 0)
		for (int fd = 0; fd < 1024; fd++)
			if (fcntl(fd, F_GETFD) > 0)
				fcntl(fd, F_SETFD, 0);
	return pid;
}
