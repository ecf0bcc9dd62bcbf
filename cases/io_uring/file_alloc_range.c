/*
 * io_uring/file_alloc_range - IORING_REGISTER_FILE_ALLOC_RANGE (Linux
 * 6.0) confines the slots IORING_FILE_INDEX_ALLOC may hand out to
 * [off, off+len): allocations land inside the range, ENFILE comes once
 * the range is full even with free slots outside it, and slots outside
 * stay usable by number.  A range past the table's end is refused.
 */
#include "io_uring.h"

FT_CASE("IORING_FILE_INDEX_ALLOC allocates within the registered range",
	"io_uring_register(2) DESCRIPTION \"IORING_REGISTER_FILE_ALLOC_RANGE\" "
	"(Linux 6.0); io_uring_prep_openat_direct(3) DESCRIPTION "
	"(IORING_FILE_INDEX_ALLOC, ENFILE)");

static void ring_with_range(struct ur_ring *r, unsigned off, unsigned len)
{
	ur_setup(r, 0);
	UR_NEED_ALLOC(r);
	ur_sparse_table(r, 8);
	/* nr_args 0: the kernel refuses any other (io_uring_register(2)
	   of liburing 2.3 says 1) */
	struct ur_file_index_range range = { .off = off, .len = len };
	FT_NEED_FLAG(ur_register_call(r->fd, IORING_REGISTER_FILE_ALLOC_RANGE,
				      &range, 0),
		     "IORING_REGISTER_FILE_ALLOC_RANGE", "Linux 6.0");
}

FT_POINT(allocates_inside_range)
{
	UR_RING r = UR_NO_RING;
	ring_with_range(&r, 5, 2);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY,
				    IORING_FILE_INDEX_ALLOC);
	int a = UR_OK(ur_do(&r, &s));
	int b = UR_OK(ur_do(&r, &s));
	FT_NE(a, b);
	FT_TRUE(a >= 5 && a < 7);
	FT_TRUE(b >= 5 && b < 7);
	UR_ERR(ur_do(&r, &s), ENFILE);
}

FT_POINT(outside_slots_by_number)
{
	UR_RING r = UR_NO_RING;
	ring_with_range(&r, 5, 2);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY, 1);
	FT_EQ(ur_do(&r, &s), 0);
	s.file_index = 8;
	FT_EQ(ur_do(&r, &s), 0);
	s.file_index = IORING_FILE_INDEX_ALLOC;
	int a = UR_OK(ur_do(&r, &s));
	FT_TRUE(a >= 5 && a < 7);
}

FT_POINT(range_past_end_refused)
{
	UR_RING r = UR_NO_RING;
	ring_with_range(&r, 0, 8);
	struct ur_file_index_range range = { .off = 6, .len = 4 };
	FT_ERRNO(ur_register_call(r.fd, IORING_REGISTER_FILE_ALLOC_RANGE,
				  &range, 0), EINVAL);
}
