/*
 * io_uring/fixed_fd_install - IORING_OP_FIXED_FD_INSTALL (Linux 6.8)
 * installs the file of a fixed slot (a direct descriptor) into the normal
 * table: on the lowest free number, close-on-exec unless
 * IORING_FIXED_FD_NO_CLOEXEC is given (so an exec'd image keeps it only
 * then), sharing the slot's open file description (one offset), while the
 * slot keeps its file.  The request must name a fixed slot
 * (IOSQE_FIXED_FILE), else EBADF.
 */
#include "io_uring.h"

FT_CASE("IORING_OP_FIXED_FD_INSTALL installs a direct descriptor, close-on-exec by default",
	"include/uapi/linux/io_uring.h IORING_OP_FIXED_FD_INSTALL and "
	"IORING_FIXED_FD_NO_CLOEXEC (Linux 6.8); io_uring_prep_fixed_fd_install(3) "
	"(liburing 2.6); execve(2) \"File descriptors and exec\"");

static const struct { const char *name; unsigned flags; } flag_rows[] = {
	{ "default", 0 },
	{ "no_cloexec", IORING_FIXED_FD_NO_CLOEXEC },
};

static struct ur_sqe install(int slot, unsigned flags)
{
	struct ur_sqe s = { .opcode = IORING_OP_FIXED_FD_INSTALL, .fd = slot,
			    .flags = IOSQE_FIXED_FILE, .op_flags = flags };
	return s;
}

/* A ring whose slot 1 holds a file of "abcdef" (its descriptor closed). */
static void ring_with_file(struct ur_ring *r)
{
	ur_setup(r, 0);
	ur_need_op(r, IORING_OP_FIXED_FD_INSTALL, "IORING_OP_FIXED_FD_INSTALL",
		   "Linux 6.8");
	int fd = ft_tmpfile("abcdef", NULL);
	int fds[2] = { -1, fd };
	ur_register_files(r, fds, 2);
	FT_SYS(close(fd));
}

FT_TABLE(fills_gap, flag_rows)
{
	UR_RING r = UR_NO_RING;
	ring_with_file(&r);
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = install(1, row->flags);
	FT_FD int fd = UR_OK(ur_do(&r, &s));
	FT_EQ(fd, gap);
	int fdfl = ft_getfd(fd);
	if (row->flags & IORING_FIXED_FD_NO_CLOEXEC)
		FT_FLAG_CLEAR(fdfl, FD_CLOEXEC);
	else
		FT_FLAG_SET(fdfl, FD_CLOEXEC);
}

FT_TABLE(across_exec, flag_rows)
{
	UR_RING r = UR_NO_RING;
	ring_with_file(&r);
	struct ur_sqe s = install(1, row->flags);
	FT_FD int fd = UR_OK(ur_do(&r, &s));
	struct ft_probe probe;
	ft_exec_probe(&probe, NULL, NULL);
	const struct ft_probe_fd *got = ft_probe_find(&probe, fd);
	if (row->flags & IORING_FIXED_FD_NO_CLOEXEC) {
		FT_TRUE(got != NULL);
		FT_STREQ(got->type, "reg");
	} else {
		FT_TRUE(got == NULL);
	}
}

FT_POINT(shares_offset_with_slot)
{
	UR_RING r = UR_NO_RING;
	ring_with_file(&r);
	struct ur_sqe s = install(1, 0);
	FT_FD int fd = UR_OK(ur_do(&r, &s));
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 1, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 1);
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'b');
	FT_EQ(ur_read_fixed(&r, 1, &c, 1), 1);
	FT_EQ(c, 'c'); /* the slot still holds the file */
}

FT_POINT(needs_fixed_slot)
{
	UR_RING r = UR_NO_RING;
	ring_with_file(&r);
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct ur_sqe s = install(fd, 0);
	s.flags = 0;
	int lowest = ft_lowest_free();
	UR_ERR(ur_do(&r, &s), EBADF);
	FT_EQ(ft_lowest_free(), lowest);
}
