/*
 * shim uring_update_ignored: IORING_REGISTER_FILES_UPDATE reports every
 * slot updated but changes none.
 *
 * fdsuite-targets: io_uring/fixed_files_update
 */
#include "../cases/io_uring/io_uring.h"

static long real_syscall(long n, long a, long b, long c, long d, long e, long f);

#define URING_ON_REGISTER
static long on_register(int fd, unsigned op, void *arg, unsigned nr)
{
	if (op == IORING_REGISTER_FILES_UPDATE)
		return nr;
	return real_syscall(SYS_io_uring_register, fd, op, (long)arg, nr, 0, 0);
}
#include "uring_hook.h"
