/*
 * io_uring/registered_ring_fds - IORING_REGISTER_RING_FDS (Linux 5.18)
 * registers the ring descriptor itself in a small table of the calling
 * task; io_uring_enter() with IORING_ENTER_REGISTERED_RING then takes the
 * registered offset in place of a descriptor.  The registration is not a
 * descriptor: it takes no number, it holds the ring after the descriptor
 * is closed, and it belongs to the task that made it (a forked child or
 * another thread must register for itself); unregistering ends it.
 */
#include "io_uring.h"
#include <pthread.h>

FT_CASE("a registered ring descriptor is a per-task offset, not a descriptor",
	"io_uring_register(2) DESCRIPTION \"IORING_REGISTER_RING_FDS\" and "
	"\"IORING_UNREGISTER_RING_FDS\" (Linux 5.18); io_uring_enter(2) "
	"DESCRIPTION \"IORING_ENTER_REGISTERED_RING\"");

/* Registers r's descriptor at the first free offset; returns the offset. */
static int register_ring(struct ur_ring *r)
{
	struct ur_rsrc_update up = { .offset = ~0U, .data = (uint64_t)r->fd };
	int n = FT_NEED_FLAG(ur_register_call(r->fd, IORING_REGISTER_RING_FDS,
					      &up, 1),
			     "IORING_REGISTER_RING_FDS", "Linux 5.18");
	FT_EQ(n, 1);
	FT_LT(up.offset, 16);
	return (int)up.offset;
}

static int enter_registered(int off)
{
	return ur_enter_call(off, 0, 0, IORING_ENTER_REGISTERED_RING);
}

FT_POINT(enter_by_offset)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	int off = register_ring(&r);
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do_via(&r, &nop, off, IORING_ENTER_REGISTERED_RING), 0);
}

FT_POINT(takes_no_number)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	int lowest = ft_lowest_free();
	register_ring(&r);
	FT_EQ(ft_lowest_free(), lowest);
}

FT_POINT(holds_ring_after_close)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	int off = register_ring(&r);
	FT_SYS(close(r.fd));
	r.fd = -1;
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do_via(&r, &nop, off, IORING_ENTER_REGISTERED_RING), 0);
}

FT_POINT(unregister_ends_it)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	int off = register_ring(&r);
	FT_EQ(enter_registered(off), 0);
	struct ur_rsrc_update up = { .offset = (uint32_t)off };
	FT_EQ(ur_register_call(r.fd, IORING_UNREGISTER_RING_FDS, &up, 1), 1);
	FT_ERRNO(enter_registered(off), EBADF);
}

FT_POINT(not_in_forked_child)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	int off = register_ring(&r);
	pid_t pid = ft_fork();
	if (pid == 0) {
		/* no io_uring context of its own: EINVAL; one without this
		   registration: EBADF */
		FT_ERRNO_ANY(enter_registered(off), EINVAL, EBADF);
		FT_EQ(ur_enter_call(r.fd, 0, 0, 0), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(enter_registered(off), 0);
}

static int thread_off;
static int thread_res, thread_err;
static void *thread_enter(void *arg)
{
	errno = 0;
	thread_res = enter_registered(thread_off);
	thread_err = errno;
	return arg;
}

FT_POINT(not_in_another_thread)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	thread_off = register_ring(&r);
	pthread_t t;
	FT_EQ(pthread_create(&t, NULL, thread_enter, NULL), 0);
	FT_EQ(pthread_join(t, NULL), 0);
	FT_EQ(thread_res, -1);
	FT_TRUE(thread_err == EINVAL || thread_err == EBADF);
	FT_EQ(enter_registered(thread_off), 0);
}
