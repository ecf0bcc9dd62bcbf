/*
 * shim uring_direct_ignored: the file_index of IORING_OP_OPENAT, ACCEPT
 * and SOCKET is ignored (cleared before submission), as kernels before
 * 5.15 do: the file goes into the normal descriptor table instead of a
 * fixed slot, and the completion carries a descriptor number.
 *
 * fdsuite-targets: io_uring/openat_direct io_uring/accept_direct
 * fdsuite-targets: io_uring/socket_direct io_uring/file_alloc_range
 */
#include "../cases/io_uring/io_uring.h"

#define URING_ON_SQE
static void on_sqe(struct ur_sqe *e)
{
	if (e->opcode == IORING_OP_OPENAT || e->opcode == IORING_OP_ACCEPT ||
	    e->opcode == IORING_OP_SOCKET)
		e->file_index = 0;
}
#include "uring_hook.h"
