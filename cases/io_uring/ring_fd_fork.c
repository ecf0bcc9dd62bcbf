/*
 * io_uring/ring_fd_fork - a forked child inherits the ring descriptor
 * (still close-on-exec) and, through the shared mappings, the same ring:
 * a request the child submits completes on the parent's completion
 * queue, and the child's exit (closing its copy) leaves the parent's ring
 * working.
 */
#include "io_uring.h"

FT_CASE("a forked child shares its parent's io_uring ring",
	"fork(2) DESCRIPTION (the child's descriptors refer to the same open "
	"file descriptions); io_uring_setup(2) DESCRIPTION (the queues are "
	"shared memory, mapped MAP_SHARED); io_uring_enter(2) DESCRIPTION");

FT_POINT(child_submits_parent_reaps)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_FLAG_SET(ft_getfd(r.fd), FD_CLOEXEC);
		struct ur_sqe nop = ur_nop();
		ur_queue(&r, &nop);
		FT_EQ(ur_enter_call(r.fd, 1, 1, IORING_ENTER_GETEVENTS), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	struct ur_cqe cqe;
	FT_EQ(ur_reap(&r, &cqe), 1);
	FT_EQ(cqe.user_data, 1); /* the child's first request */
	FT_EQ(cqe.res, 0);
	FT_EQ(ur_reap(&r, &cqe), 0);
}

FT_POINT(ring_works_after_child_exits)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(close(r.fd));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_TRUE(ft_is_open(r.fd));
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do(&r, &nop), 0);
}

/* A file the child opens through the inherited ring lands in the table of
   the task that submitted the request: the child's, not the parent's. */
FT_POINT(open_lands_in_submitter_table)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_OPENAT, "IORING_OP_OPENAT", "Linux 5.6");
	FT_FDS int sync[2] = FT_NO_FDS;
	ft_pipe(sync, O_CLOEXEC);
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct ur_sqe open_sqe =
			ur_openat(AT_FDCWD, "/dev/null", O_RDONLY, 0);
		int fd = UR_OK(ur_do(&r, &open_sqe));
		FT_EQ(fd, gap);
		FT_TRUE(ft_is_open(fd));
		FT_EQ(write(sync[1], "k", 1), 1);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_poll_in(sync[0], 0), 1);
	FT_FALSE(ft_is_open(gap));
}
