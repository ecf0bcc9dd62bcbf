/*
 * shim pipe_proc_reopen_new_pipe: opening /proc/self/fd/N where N is a
 * pipe end returns an end of a brand-new pipe (its other end is kept open
 * by the shim), as an emulator that cannot reopen anonymous pipes would.
 *
 * fdsuite-targets: pipe/proc_fd_reopen_same_pipe
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	struct stat st;
	const char *pre = "/proc/self/fd/";
	if (strncmp(path, pre, strlen(pre)) != 0 ||
	    fstat(atoi(path + strlen(pre)), &st) != 0 || !S_ISFIFO(st.st_mode))
		return real_openat(dirfd, path, flags, mode);
	int p[2];
	if (pipe2(p, flags & (O_CLOEXEC | O_NONBLOCK)) != 0)
		return -1;
	/* the other end stays open: kept, never closed */
	return (flags & O_ACCMODE) == O_RDONLY ? p[0] : p[1];
}
