/*
 * shim pipe_fifo_nonblock_open_swapped: the non-blocking FIFO open rules
 * are swapped: O_RDONLY|O_NONBLOCK on a FIFO fails with ENXIO (as if a
 * reader needed a writer), and O_WRONLY|O_NONBLOCK without a reader
 * succeeds (as an O_RDWR open) instead of failing with ENXIO.
 *
 * fdsuite-targets: pipe/fifo_nonblock_reader_opens_alone pipe/fifo_nonblock_writer_enxio
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	struct stat st;
	if (!(flags & O_NONBLOCK) || fstatat(dirfd, path, &st, 0) != 0 || !S_ISFIFO(st.st_mode))
		return real_openat(dirfd, path, flags, mode);
	int acc = flags & O_ACCMODE;
	if (acc == O_WRONLY) {
		int fd = real_openat(dirfd, path, flags, mode);
		if (fd == -1 && errno == ENXIO)
			fd = real_openat(dirfd, path, (flags & ~O_ACCMODE) | O_RDWR, mode);
		return fd;
	}
	if (acc == O_RDONLY) {
		errno = ENXIO; /* the writer's rule applied to readers */
		return -1;
	}
	return real_openat(dirfd, path, flags, mode);
}
