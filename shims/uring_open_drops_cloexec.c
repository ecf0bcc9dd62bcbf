/*
 * shim uring_open_drops_cloexec: io_uring ignores the close-on-exec asked
 * for a new descriptor: O_CLOEXEC of IORING_OP_OPENAT, SOCK_CLOEXEC of
 * ACCEPT and SOCKET are dropped from the submitted entries, and
 * FIXED_FD_INSTALL is given IORING_FIXED_FD_NO_CLOEXEC.
 *
 * fdsuite-targets: io_uring/openat_takes_lowest io_uring/accept_takes_lowest
 * fdsuite-targets: io_uring/socket_takes_lowest io_uring/fixed_fd_install
 */
#include "../cases/io_uring/io_uring.h"
#include <fcntl.h>
#include <sys/socket.h>

#define URING_ON_SQE
static void on_sqe(struct ur_sqe *e)
{
	if (e->opcode == IORING_OP_OPENAT)
		e->op_flags &= ~(uint32_t)O_CLOEXEC;
	else if (e->opcode == IORING_OP_ACCEPT)
		e->op_flags &= ~(uint32_t)SOCK_CLOEXEC;
	else if (e->opcode == IORING_OP_SOCKET)
		e->off &= ~(uint64_t)SOCK_CLOEXEC;
	else if (e->opcode == IORING_OP_FIXED_FD_INSTALL)
		e->op_flags |= IORING_FIXED_FD_NO_CLOEXEC;
}
#include "uring_hook.h"
