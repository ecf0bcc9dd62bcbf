/*
 * shim fork_child_renumbers: in the child of fork(), every inherited
 * descriptor above 2 is moved to a new, higher number (keeping its
 * FD_CLOEXEC flag) and the original number is closed, as an emulator that
 * rebuilds the table in the child without preserving numbers would.
 *
 * fdsuite-targets: fork/inherits_same_numbers fork/inherited_fds_same_files
 * fdsuite-targets: fork/fork_from_thread_copies_whole_table
 */
#include <fcntl.h>
#include <unistd.h>

#include "next.h"

#define SCAN 1024

pid_t fork(void)
{
	__typeof__(&fork) real = NEXT(fork);
	pid_t pid = real();
	if (pid != 0)
		return pid;
	int open_fds[SCAN], n = 0, top = 2;
	for (int fd = 3; fd < SCAN; fd++)
		if (fcntl(fd, F_GETFD) != -1) {
			open_fds[n++] = fd;
			top = fd;
		}
	for (int i = 0; i < n; i++) {
		int fd = open_fds[i];
		int cmd = fcntl(fd, F_GETFD) & FD_CLOEXEC ? F_DUPFD_CLOEXEC
							   : F_DUPFD;
		if (fcntl(fd, cmd, top + 1 + i) != -1)
			close(fd);
	}
	return 0;
}
