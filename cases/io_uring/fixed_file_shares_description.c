/*
 * io_uring/fixed_file_shares_description - a fixed slot registered from a
 * descriptor refers to the same open file description, as a dup would:
 * reads through the slot at the file position (offset -1,
 * IORING_FEAT_RW_CUR_POS, Linux 5.6) move the descriptor's offset and
 * the other way round, and a status flag set through the descriptor
 * (O_APPEND) governs writes through the slot.
 */
#include "io_uring.h"

FT_CASE("a fixed file shares the open file description it was registered from",
	"io_uring_register(2) DESCRIPTION \"IORING_REGISTER_FILES\"; "
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_READ\" (offset -1 uses and "
	"advances the file position); io_uring_setup(2) "
	"\"IORING_FEAT_RW_CUR_POS\"; open(2) NOTES \"Open file descriptions\"");

#define IORING_FEAT_RW_CUR_POS (1U << 3)

static void setup_with_file(struct ur_ring *r, int fd)
{
	ur_setup(r, 0);
	ur_need_op(r, IORING_OP_READ, "IORING_OP_READ", "Linux 5.6");
	if (!(r->p.features & IORING_FEAT_RW_CUR_POS))
		FT_SKIP("IORING_FEAT_RW_CUR_POS not supported here (added in "
			"Linux 5.6)");
	ur_register_files(r, &fd, 1);
}

FT_POINT(fixed_read_moves_offset)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	UR_RING r = UR_NO_RING;
	setup_with_file(&r, fd);
	char buf[4] = "";
	FT_EQ(ur_read_fixed(&r, 0, buf, 2), 2);
	FT_MEMEQ(buf, "ab", 2);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(lseek_moves_fixed)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	UR_RING r = UR_NO_RING;
	setup_with_file(&r, fd);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 0, &c, 1), 1);
	FT_EQ(c, 'e');
}

FT_POINT(survives_close_with_offset)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	UR_RING r = UR_NO_RING;
	setup_with_file(&r, fd);
	FT_EQ(lseek(fd, 3, SEEK_SET), 3);
	ft_close(&fd);
	char c = 0;
	FT_EQ(ur_read_fixed(&r, 0, &c, 1), 1);
	FT_EQ(c, 'd');
}

FT_POINT(append_flag_shared)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	UR_RING r = UR_NO_RING;
	setup_with_file(&r, fd);
	ur_need_op(&r, IORING_OP_WRITE, "IORING_OP_WRITE", "Linux 5.6");
	FT_SYS(fcntl(fd, F_SETFL, O_APPEND));
	struct ur_sqe w = ur_rw(IORING_OP_WRITE, 0, 1, "Z", 1, -1);
	FT_EQ(ur_do(&r, &w), 1);
	char buf[8] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcZ", 4);
}
