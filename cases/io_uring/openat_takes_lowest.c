/*
 * io_uring/openat_takes_lowest - IORING_OP_OPENAT (Linux 5.6) without a
 * file_index opens into the normal descriptor table, as openat(2) does:
 * the completion carries the lowest free number (filling a gap), the
 * open flags decide close-on-exec (O_CLOEXEC alone and with other flags,
 * and its absence) and so what an exec'd image keeps, and a number freed
 * by close() is handed out again.
 */
#include "io_uring.h"

FT_CASE("IORING_OP_OPENAT returns the lowest free descriptor, close-on-exec as asked",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_OPENAT\" (Linux 5.6); "
	"open(2) DESCRIPTION (lowest-numbered free descriptor) and O_CLOEXEC; "
	"execve(2) \"File descriptors and exec\"");

static const struct { const char *name; int flags; } flag_rows[] = {
	{ "none", O_RDONLY },
	{ "cloexec", O_RDONLY | O_CLOEXEC },
	{ "nonblock", O_RDONLY | O_NONBLOCK },
	{ "cloexec_nonblock_rdwr", O_RDWR | O_CLOEXEC | O_NONBLOCK },
};

static void need_openat(struct ur_ring *r)
{
	ur_setup(r, 0);
	ur_need_op(r, IORING_OP_OPENAT, "IORING_OP_OPENAT", "Linux 5.6");
}

FT_TABLE(fills_gap, flag_rows)
{
	UR_RING r = UR_NO_RING;
	need_openat(&r);
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", row->flags, 0);
	FT_FD int fd = UR_OK(ur_do(&r, &s));
	FT_EQ(fd, gap);
	ur_expect_flags(fd, row->flags & O_CLOEXEC, row->flags & O_NONBLOCK);
	FT_EQ(ft_getfl(fd) & O_ACCMODE, row->flags & O_ACCMODE);
}

FT_TABLE(across_exec, flag_rows)
{
	UR_RING r = UR_NO_RING;
	need_openat(&r);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", row->flags, 0);
	FT_FD int fd = UR_OK(ur_do(&r, &s));
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	const struct ft_probe_fd *got = ft_probe_find(&probe, fd);
	if (row->flags & O_CLOEXEC) {
		FT_TRUE(got == NULL);
	} else {
		FT_TRUE(got != NULL);
		FT_STREQ(got->type, "chr");
	}
}

FT_POINT(second_takes_next_free)
{
	UR_RING r = UR_NO_RING;
	need_openat(&r);
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY | O_CLOEXEC, 0);
	FT_FD int first = UR_OK(ur_do(&r, &s));
	FT_EQ(first, gap);
	int next = ur_free_above(gap);
	FT_FD int second = UR_OK(ur_do(&r, &s));
	FT_EQ(second, next);
}

FT_POINT(reuses_closed_number)
{
	UR_RING r = UR_NO_RING;
	need_openat(&r);
	struct ur_sqe s = ur_openat(AT_FDCWD, "/dev/null", O_RDONLY | O_CLOEXEC, 0);
	int first = UR_OK(ur_do(&r, &s));
	FT_SYS(close(first));
	FT_FD int again = UR_OK(ur_do(&r, &s));
	FT_EQ(again, first);
}
