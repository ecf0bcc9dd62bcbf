/*
 * shim special_pidfd_getfd_reopens: pidfd_getfd() opens
 * /proc/<pid>/fd/<targetfd> for the PID the pidfd was opened on, instead
 * of duplicating the descriptor: the result is a new open file description
 * (own offset and status flags) without close-on-exec, and once the
 * process is gone the call fails with ENOENT rather than ESRCH.  Where the
 * process exists but the reopen fails it falls back to the real call.
 *
 * fdsuite-targets: special/pidfd_getfd_shares_description special/pidfd_reaped_process
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "next.h"

#define MAXFD 4096
static pid_t opened_on[MAXFD];

int pidfd_open(pid_t pid, unsigned int flags)
{
	__typeof__(&pidfd_open) real = NEXT(pidfd_open);
	int fd = real(pid, flags);
	if (fd >= 0 && fd < MAXFD)
		opened_on[fd] = pid;
	return fd;
}

static int flags_of(pid_t pid, int fd)
{
	char path[96], line[128];
	snprintf(path, sizeof path, "/proc/%d/fdinfo/%d", (int)pid, fd);
	FILE *f = fopen(path, "re");
	int v = -1;
	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "flags:", 6) == 0)
			v = (int)strtol(line + 6, NULL, 8);
	fclose(f);
	return v;
}

int pidfd_getfd(int pidfd, int targetfd, unsigned int flags)
{
	__typeof__(&pidfd_getfd) real = NEXT(pidfd_getfd);
	pid_t pid = pidfd >= 0 && pidfd < MAXFD ? opened_on[pidfd] : 0;
	if (pid > 0) {
		char path[96];
		snprintf(path, sizeof path, "/proc/%d", (int)pid);
		if (access(path, F_OK) != 0)
			return -1; /* ENOENT from access() */
		int fl = flags_of(pid, targetfd);
		snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, targetfd);
		int fd = fl < 0 ? -1 : open(path, fl & O_ACCMODE);
		if (fd >= 0)
			return fd;
	}
	return real(pidfd, targetfd, flags);
}
