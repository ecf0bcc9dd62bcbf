/*
 * shim uring_close_noop: IORING_OP_CLOSE completes with 0 without closing
 * anything (the entry is submitted as IORING_OP_NOP), for descriptors and
 * fixed slots alike.
 *
 * fdsuite-targets: io_uring/close_op io_uring/close_op_direct
 */
#include "../cases/io_uring/io_uring.h"

#define URING_ON_SQE
static void on_sqe(struct ur_sqe *e)
{
	if (e->opcode == IORING_OP_CLOSE) {
		e->opcode = IORING_OP_NOP;
		e->fd = 0;
		e->file_index = 0;
	}
}
#include "uring_hook.h"
