/*
 * shim exec_reopens_fds: before every exec call, each inherited regular
 * file (no FD_CLOEXEC, number above 2) is reopened through
 * /proc/self/fd/N with only its access mode and put back under the same
 * number, as a runtime that models descriptors as paths might: the new
 * image gets a new open file description, at offset 0, without O_APPEND
 * or O_NONBLOCK, and closing the old one drops the process's record locks.
 *
 * fdsuite-targets: exec/offset_survives exec/status_flags_survive
 * fdsuite-targets: exec/record_locks_survive
 */
#include <dlfcn.h>
#include <stdio.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <stdarg.h>
#include <unistd.h>

extern char **environ;

static void before_exec(void)
{
	for (int fd = 3; fd < 4096; fd++) {
		struct stat st;
		char path[64];
		int fl = fcntl(fd, F_GETFL);
		if (fl == -1 || fcntl(fd, F_GETFD) != 0 || fstat(fd, &st) != 0 ||
		    !S_ISREG(st.st_mode))
			continue;
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		int n = open(path, fl & O_ACCMODE);
		if (n == -1)
			continue;
		dup2(n, fd);
		close(n);
	}
}

#include "exec_hook.h"
