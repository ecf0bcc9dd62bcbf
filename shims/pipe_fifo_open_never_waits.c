/*
 * shim pipe_fifo_open_never_waits: a blocking open() of a FIFO does not
 * wait for the other end: it is made with O_NONBLOCK (then cleared on the
 * new descriptor), so a reader opens at once and a writer without a
 * reader fails with ENXIO, as an emulator without the FIFO rendezvous
 * would.
 *
 * fdsuite-targets: pipe/fifo_blocking_open_waits_for_peer
 */
#include <fcntl.h>
#include <sys/stat.h>

#include "open_hook.h"

static int on_open(int dirfd, const char *path, int flags, mode_t mode)
{
	struct stat st;
	if ((flags & O_NONBLOCK) || (flags & O_ACCMODE) == O_RDWR ||
	    fstatat(dirfd, path, &st, 0) != 0 || !S_ISFIFO(st.st_mode))
		return real_openat(dirfd, path, flags, mode);
	int fd = real_openat(dirfd, path, flags | O_NONBLOCK, mode);
	if (fd >= 0)
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	return fd;
}
