/*
 * io_uring/openat_direct - IORING_OP_OPENAT with a file_index (direct
 * descriptors, Linux 5.15) opens into the ring's fixed table instead of
 * the descriptor table: file_index N fills slot N-1 and the completion
 * carries 0, no descriptor number is taken, and an occupied slot is
 * replaced (its file released).  IORING_FILE_INDEX_ALLOC (5.19) lets the
 * kernel pick an empty slot and returns its index; a full table gives
 * ENFILE.
 */
#include "io_uring.h"

FT_CASE("a direct IORING_OP_OPENAT fills a fixed slot, not a descriptor",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_OPENAT\" (file_index, "
	"Linux 5.15); io_uring_prep_openat_direct(3) DESCRIPTION "
	"(IORING_FILE_INDEX_ALLOC, ENFILE; Linux 5.19)");

static void direct_ring(struct ur_ring *r, int slots)
{
	ur_setup(r, 0);
	UR_NEED_DIRECT(r);
	ur_sparse_table(r, slots);
}

FT_POINT(fills_named_slot)
{
	UR_RING r = UR_NO_RING;
	direct_ring(&r, 4);
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("direct", path);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_openat(AT_FDCWD, path, O_RDONLY, 3);
	FT_EQ(ur_do(&r, &s), 0);
	FT_EQ(ft_lowest_free(), lowest);
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 2, &c, 1), 1);
	FT_EQ(c, 'd');
	UR_ERR(ur_read_fixed(&r, 1, &c, 1), EBADF);
}

FT_POINT(replaces_occupied_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 0, 1);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY, 1);
	FT_EQ(ur_do(&r, &s), 0);
	ur_expect_eof(p[0]);
}

FT_POINT(alloc_picks_empty_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_ALLOC(&r);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	int fds[3] = { p[1], -1, p[1] };
	ur_register_files(&r, fds, 3);
	ft_close(&p[1]);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY,
				    IORING_FILE_INDEX_ALLOC);
	FT_EQ(ur_do(&r, &s), 1); /* the only empty slot */
	FT_EQ(ft_lowest_free(), lowest);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* slots 0 and 2 kept their file */
	UR_ERR(ur_do(&r, &s), ENFILE);
}

FT_POINT(alloc_distinct_slots)
{
	UR_RING r = UR_NO_RING;
	direct_ring(&r, 2);
	UR_NEED_ALLOC(&r);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY,
				    IORING_FILE_INDEX_ALLOC);
	int a = UR_OK(ur_do(&r, &s));
	int b = UR_OK(ur_do(&r, &s));
	FT_NE(a, b);
	FT_LT(a, 2);
	FT_LT(b, 2);
	UR_ERR(ur_do(&r, &s), ENFILE);
}
