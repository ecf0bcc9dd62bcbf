/*
 * io_uring/close_op_direct - IORING_OP_CLOSE with a file_index (Linux
 * 5.15) closes a slot of the ring's fixed table: the slot is empty after
 * (a request through it gets EBADF), its file's reference is dropped (the
 * reader of a pipe whose write end sat there sees end-of-file), the
 * normal table is untouched, and an empty slot gives EBADF.  Only one of
 * fd and file_index may be set.
 */
#include "io_uring.h"

FT_CASE("a direct IORING_OP_CLOSE empties a fixed slot",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_CLOSE\" (direct close, "
	"Linux 5.15); io_uring_register(2) DESCRIPTION "
	"\"IORING_REGISTER_FILES\"");

FT_POINT(slot_emptied_file_released)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 1, 2);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_close_op(0, 2);
	FT_EQ(ur_do(&r, &s), 0);
	ur_expect_eof(p[0]);
	FT_EQ(ft_lowest_free(), lowest);
	struct ur_sqe w = ur_rw(IORING_OP_WRITE, 1, 1, "x", 1, 0);
	UR_ERR(ur_do(&r, &w), EBADF);
}

FT_POINT(normal_descriptor_untouched)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	ur_register_files(&r, &p[1], 1);
	struct ur_sqe s = ur_close_op(0, 1);
	FT_EQ(ur_do(&r, &s), 0);
	FT_TRUE(ft_is_open(p[1]));
	FT_EQ(ft_poll_in(p[0], 0), 0); /* the descriptor still writes */
	FT_EQ(write(p[1], "n", 1), 1);
}

FT_POINT(empty_slot_ebadf)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	ur_sparse_table(&r, 2);
	struct ur_sqe s = ur_close_op(0, 2);
	UR_ERR(ur_do(&r, &s), EBADF);
}

FT_POINT(fd_and_index_einval)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	ur_register_files(&r, &fd, 1);
	struct ur_sqe s = ur_close_op(fd, 1);
	UR_ERR(ur_do(&r, &s), EINVAL);
	FT_TRUE(ft_is_open(fd));
}
