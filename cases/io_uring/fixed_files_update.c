/*
 * io_uring/fixed_files_update - IORING_REGISTER_FILES_UPDATE (Linux 5.5)
 * changes slots of a registered table in place: a descriptor fills an
 * empty slot or replaces a file (whose reference the table then drops),
 * -1 empties a slot, IORING_REGISTER_FILES_SKIP (5.12) leaves one as it
 * is.  It returns the number of slots updated, and a range past the
 * table's end is refused with EINVAL (the page lists no error for it;
 * io_uring/rsrc.c checks offset + count against the table's size).
 */
#include "io_uring.h"

FT_CASE("IORING_REGISTER_FILES_UPDATE replaces, empties and skips fixed slots",
	"io_uring_register(2) DESCRIPTION \"IORING_REGISTER_FILES_UPDATE\" "
	"(Linux 5.5; IORING_REGISTER_FILES_SKIP 5.12)");

FT_POINT(fills_empty_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_READ, "IORING_OP_READ", "Linux 5.6");
	ur_sparse_table(&r, 2);
	FT_FD int fd = ft_tmpfile("xyz", NULL);
	FT_EQ(ur_update_files(&r, 1, &fd, 1), 1);
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 1, &c, 1), 1);
	FT_EQ(c, 'x');
}

FT_POINT(replace_drops_old_file)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FDS int p[2] = FT_NO_FDS;
	ur_fixed_writer(&r, p, 0, 1);
	FT_FD int other = FT_SYS(open("/dev/null", O_WRONLY | O_CLOEXEC));
	FT_EQ(ur_update_files(&r, 0, &other, 1), 1);
	ur_expect_eof(p[0]);
}

FT_POINT(minus_one_empties_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_READ, "IORING_OP_READ", "Linux 5.6");
	FT_FD int fd = ft_tmpfile("xyz", NULL);
	ur_register_files(&r, &fd, 1);
	int empty = -1;
	FT_EQ(ur_update_files(&r, 0, &empty, 1), 1);
	char c;
	UR_ERR(ur_read_fixed(&r, 0, &c, 1), EBADF);
}

FT_POINT(skip_leaves_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_READ, "IORING_OP_READ", "Linux 5.6");
	FT_FD int a = ft_tmpfile("a", NULL);
	FT_FD int b = ft_tmpfile("b", NULL);
	int fds[2] = { a, a };
	ur_register_files(&r, fds, 2);
	int upd[2] = { IORING_REGISTER_FILES_SKIP, b };
	int n = ur_update_files(&r, 0, upd, 2);
	if (n == -1 && errno == EBADF)
		FT_SKIP("IORING_REGISTER_FILES_SKIP not supported here (EBADF; "
			"added in Linux 5.12)");
	FT_EQ(n, 2);
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 0, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ur_read_fixed(&r, 1, &c, 1), 1);
	FT_EQ(c, 'b');
}

FT_POINT(past_end_einval)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_sparse_table(&r, 2);
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int fds[2] = { fd, fd };
	FT_ERRNO(ur_update_files(&r, 1, fds, 2), EINVAL);
	FT_ERRNO(ur_update_files(&r, 2, fds, 1), EINVAL);
}
