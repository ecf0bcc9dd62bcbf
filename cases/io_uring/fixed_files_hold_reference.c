/*
 * io_uring/fixed_files_hold_reference - IORING_REGISTER_FILES copies
 * descriptors into the ring's fixed table, which holds its own reference
 * to each file: the registered file outlives close() of the descriptor
 * (a pipe whose write end is registered and closed shows no end-of-file,
 * and a write through the fixed slot still reaches the reader) until the
 * table lets it go (IORING_UNREGISTER_FILES, or the ring's end).  The
 * table takes no descriptor numbers, and a slot that is empty or past the
 * table's end is not a file (EBADF).
 */
#include "io_uring.h"

FT_CASE("the fixed file table holds its files after their descriptors close",
	"io_uring_register(2) DESCRIPTION \"IORING_REGISTER_FILES\" and "
	"\"IORING_UNREGISTER_FILES\" (Linux 5.1); io_uring_enter(2) CQE "
	"ERRORS EBADF; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(outlives_close)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 0, 1); /* no end-of-file: the slot holds it */
	ur_need_op(&r, IORING_OP_WRITE, "IORING_OP_WRITE", "Linux 5.6");
	struct ur_sqe w = ur_rw(IORING_OP_WRITE, 0, 1, "z", 1, 0);
	FT_EQ(ur_do(&r, &w), 1);
	char c = 0;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(c, 'z');
}

FT_POINT(unregister_releases)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 0, 1);
	FT_SYS(ur_register_call(r.fd, IORING_UNREGISTER_FILES, NULL, 0));
	ur_expect_eof(p[0]);
}

FT_POINT(ring_close_releases)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 0, 1);
	ur_free(&r); /* the last reference to the ring */
	ur_expect_eof(p[0]);
}

FT_POINT(takes_no_numbers)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int fds[4] = { fd, fd, -1, fd };
	int lowest = ft_lowest_free();
	int fds_before[FT_PROBE_MAX];
	int n = ft_list_fds(fds_before, FT_PROBE_MAX);
	ur_register_files(&r, fds, 4);
	FT_EQ(ft_lowest_free(), lowest);
	int fds_after[FT_PROBE_MAX];
	FT_EQ(ft_list_fds(fds_after, FT_PROBE_MAX), n);
}

FT_POINT(empty_or_outside_slot_ebadf)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_READ, "IORING_OP_READ", "Linux 5.6");
	FT_FD int fd = ft_tmpfile("abc", NULL);
	int fds[2] = { -1, fd };
	ur_register_files(&r, fds, 2);
	char buf[4] = ""; /* io_uring writes it: not seen by valgrind */
	UR_ERR(ur_read_fixed(&r, 0, buf, 1), EBADF);
	UR_ERR(ur_read_fixed(&r, 2, buf, 1), EBADF);
	FT_EQ(ur_read_fixed(&r, 1, buf, 1), 1);
	FT_EQ(buf[0], 'a');
}
