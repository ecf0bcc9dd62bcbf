/*
 * shim uring_result_not_lowest: the descriptors io_uring creates in the
 * normal table - the ring itself, and the results of IORING_OP_OPENAT,
 * ACCEPT, SOCKET and FIXED_FD_INSTALL - land one number above the lowest
 * free one (moved there with F_DUPFD, keeping FD_CLOEXEC), as an
 * allocator that hands out "next" numbers instead of the lowest would.
 *
 * fdsuite-targets: io_uring/ring_fd_takes_lowest io_uring/openat_takes_lowest
 * fdsuite-targets: io_uring/accept_takes_lowest io_uring/socket_takes_lowest
 * fdsuite-targets: io_uring/fixed_fd_install io_uring/ring_fd_fork
 */
#include "../cases/io_uring/io_uring.h"
#include <fcntl.h>
#include <unistd.h>

static int move_up(int fd)
{
	int fl = fcntl(fd, F_GETFD);
	int up = fcntl(fd, F_DUPFD, fd + 2);
	if (up < 0 || fl < 0)
		return fd;
	fcntl(up, F_SETFD, fl);
	close(fd);
	return up;
}

#define URING_ON_SETUP
static int on_setup(int fd)
{
	return move_up(fd);
}

#define URING_ON_CQE
static void on_cqe(struct ur_cqe *c, const struct ur_sqe *s)
{
	int creates = s->opcode == IORING_OP_OPENAT ||
		      s->opcode == IORING_OP_ACCEPT ||
		      s->opcode == IORING_OP_SOCKET ||
		      s->opcode == IORING_OP_FIXED_FD_INSTALL;
	if (creates && s->file_index == 0 && c->res >= 0)
		c->res = move_up(c->res);
}
#include "uring_hook.h"
