/*
 * io_uring/close_op - IORING_OP_CLOSE (Linux 5.6) closes a descriptor of
 * the normal table as close(2) does: the number is free at once and the
 * next descriptor takes it, the last reference to a pipe's write end goes
 * (the reader sees end-of-file), a number that is not open gives EBADF,
 * and a duplicate of the closed descriptor keeps the file open.  The ring
 * refuses to close its own descriptor (EBADF; io_uring/openclose.c
 * io_close(), since Linux 5.8: "io_uring: disallow close of ring
 * itself"; the point skips on kernels without IORING_OP_TEE, which came
 * in the same release).
 */
#include "io_uring.h"

FT_CASE("IORING_OP_CLOSE frees the descriptor number as close() does",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_CLOSE\" (Linux 5.6); "
	"close(2) DESCRIPTION; io_uring/openclose.c io_close() (a ring's own "
	"descriptor is refused with EBADF, Linux 5.8)");

static void close_ring(struct ur_ring *r)
{
	ur_setup(r, 0);
	ur_need_op(r, IORING_OP_CLOSE, "IORING_OP_CLOSE", "Linux 5.6");
}

FT_POINT(number_freed_and_reused)
{
	UR_RING r = UR_NO_RING;
	close_ring(&r);
	int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct ur_sqe s = ur_close_op(fd, 0);
	FT_EQ(ur_do(&r, &s), 0);
	FT_FALSE(ft_is_open(fd));
	FT_EQ(ft_lowest_free(), fd);
	FT_FD int again = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_EQ(again, fd);
}

FT_POINT(last_writer_gone_eof)
{
	UR_RING r = UR_NO_RING;
	close_ring(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	struct ur_sqe s = ur_close_op(p[1], 0);
	FT_EQ(ur_do(&r, &s), 0);
	p[1] = -1;
	ur_expect_eof(p[0]);
}

FT_POINT(duplicate_keeps_file)
{
	UR_RING r = UR_NO_RING;
	close_ring(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	FT_FD int copy = FT_SYS(fcntl(p[1], F_DUPFD_CLOEXEC, 0));
	struct ur_sqe s = ur_close_op(p[1], 0);
	FT_EQ(ur_do(&r, &s), 0);
	p[1] = -1;
	FT_EQ(ft_poll_in(p[0], 0), 0); /* the copy still writes */
	FT_EQ(write(copy, "c", 1), 1);
	char c = 0;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(c, 'c');
}

FT_POINT(not_open_ebadf)
{
	UR_RING r = UR_NO_RING;
	close_ring(&r);
	int fd = ft_lowest_free();
	struct ur_sqe s = ur_close_op(fd, 0);
	UR_ERR(ur_do(&r, &s), EBADF);
	FT_FALSE(ft_is_open(fd));
}

FT_POINT(own_ring_refused)
{
	UR_RING r = UR_NO_RING;
	close_ring(&r);
	ur_need_op(&r, IORING_OP_TEE, "IORING_OP_CLOSE refusing the ring itself",
		   "Linux 5.8");
	struct ur_sqe s = ur_close_op(r.fd, 0);
	UR_ERR(ur_do(&r, &s), EBADF);
	FT_TRUE(ft_is_open(r.fd));
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do(&r, &nop), 0);
}
