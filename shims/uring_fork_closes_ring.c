/*
 * shim uring_fork_closes_ring: a forked child does not inherit io_uring
 * descriptors (they are closed in the child right after fork), as if the
 * ring were private to the process that set it up.
 *
 * fdsuite-targets: io_uring/ring_fd_fork
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "next.h"

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid == 0) {
		for (int fd = 0; fd < 1024; fd++) {
			char p[64], l[64];
			snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
			ssize_t n = readlink(p, l, sizeof l - 1);
			if (n <= 0)
				continue;
			l[n] = 0;
			if (strcmp(l, "anon_inode:[io_uring]") == 0)
				close(fd);
		}
	}
	return pid;
}
