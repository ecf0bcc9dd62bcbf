/*
 * shim uring_ring_fds_lost: IORING_REGISTER_RING_FDS reports the offset
 * it registered but the registration is dropped at once (and a copy of
 * the ring descriptor is left in the table), so the offset names no ring.
 *
 * fdsuite-targets: io_uring/registered_ring_fds
 */
#include "../cases/io_uring/io_uring.h"
#include <unistd.h>

static long real_syscall(long n, long a, long b, long c, long d, long e, long f);

#define URING_ON_REGISTER
static long on_register(int fd, unsigned op, void *arg, unsigned nr)
{
	long r = real_syscall(SYS_io_uring_register, fd, op, (long)arg, nr, 0, 0);
	if (op == IORING_REGISTER_RING_FDS && r > 0) {
		struct ur_rsrc_update up = *(struct ur_rsrc_update *)arg;
		real_syscall(SYS_io_uring_register, fd,
			     IORING_UNREGISTER_RING_FDS, (long)&up, 1, 0, 0);
		dup(fd);
	}
	return r;
}
#include "uring_hook.h"
