/*
 * shim uring_register_keeps_nothing: IORING_REGISTER_FILES succeeds but
 * registers every slot empty (-1): the fixed table holds no reference to
 * the files it was given, so they end with their descriptors and requests
 * through the slots fail.
 *
 * fdsuite-targets: io_uring/fixed_files_hold_reference
 * fdsuite-targets: io_uring/fixed_file_shares_description
 * fdsuite-targets: io_uring/fixed_files_update io_uring/close_op_direct
 * fdsuite-targets: io_uring/fixed_fd_install io_uring/openat_direct
 */
#include "../cases/io_uring/io_uring.h"
#include <stdlib.h>

static long real_syscall(long n, long a, long b, long c, long d, long e, long f);

#define URING_ON_REGISTER
static long on_register(int fd, unsigned op, void *arg, unsigned nr)
{
	if (op == IORING_REGISTER_FILES && arg && nr > 0 && nr < 4096) {
		int empty[4096];
		for (unsigned i = 0; i < nr; i++)
			empty[i] = -1;
		return real_syscall(SYS_io_uring_register, fd, op,
				    (long)empty, nr, 0, 0);
	}
	return real_syscall(SYS_io_uring_register, fd, op, (long)arg, nr, 0, 0);
}
#include "uring_hook.h"
