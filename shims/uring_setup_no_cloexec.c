/*
 * shim uring_setup_no_cloexec: io_uring_setup() hands back its ring
 * descriptor without FD_CLOEXEC, as a kernel or emulator installing it
 * with flags 0 would: an exec'd image then inherits the ring.
 *
 * fdsuite-targets: io_uring/ring_fd_cloexec io_uring/ring_fd_fork
 */
#include "../cases/io_uring/io_uring.h"
#include <fcntl.h>
#include <unistd.h>

#define URING_ON_SETUP
static int on_setup(int fd)
{
	fcntl(fd, F_SETFD, 0);
	return fd;
}
#include "uring_hook.h"
