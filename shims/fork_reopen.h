/*
 * fork_reopen.h - fork() wrapped for the shims that give a child new
 * objects in place of the descriptors it inherits: in the child, every
 * descriptor above 2 that /proc/self/fd lists (at most 256, and not the
 * one reading the directory) goes to the shim's on_fork_child_fd(fd),
 * which replaces it as it likes.  The parent's side is untouched.  The
 * shim defines on_fork_child_fd(), before or after including this.
 */
#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "next.h"

static void on_fork_child_fd(int fd);

pid_t fork(void)
{
	pid_t pid = NEXT(fork)();
	if (pid != 0)
		return pid;
	int fds[256], n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256)
		if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
			fds[n++] = atoi(e->d_name);
	int self = dirfd(d);
	for (int i = 0; i < n; i++)
		if (fds[i] > 2 && fds[i] != self)
			on_fork_child_fd(fds[i]);
	closedir(d);
	return 0;
}
