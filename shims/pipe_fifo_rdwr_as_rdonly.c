/*
 * shim pipe_fifo_rdwr_as_rdonly: an O_RDWR open() of a FIFO is carried out
 * as an O_RDONLY open (POSIX leaves O_RDWR on a FIFO undefined; this is a
 * wrong choice for Linux): the descriptor is not a writer, and a blocking
 * open waits for one.
 *
 * fdsuite-targets: pipe/fifo_rdwr_open_does_not_block pipe/getfl_access_modes
 */
#include <fcntl.h>
#include <sys/stat.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	struct stat st;
	if ((flags & O_ACCMODE) == O_RDWR && fstatat(dirfd, path, &st, 0) == 0 &&
	    S_ISFIFO(st.st_mode))
		flags = (flags & ~O_ACCMODE) | O_RDONLY;
	return real_openat(dirfd, path, flags, mode);
}
