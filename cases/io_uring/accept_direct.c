/*
 * io_uring/accept_direct - IORING_OP_ACCEPT with a file_index (direct
 * descriptors, Linux 5.15) puts the accepted socket in the ring's fixed
 * table: slot file_index-1, completion 0, no descriptor number taken; the
 * connection is usable through the slot.  With IORING_FILE_INDEX_ALLOC
 * (5.19) the completion carries the slot the kernel chose.
 */
#include "io_uring.h"

FT_CASE("a direct IORING_OP_ACCEPT fills a fixed slot, not a descriptor",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_ACCEPT\" (file_index, "
	"Linux 5.15); io_uring_prep_accept(3) DESCRIPTION "
	"(IORING_FILE_INDEX_ALLOC, Linux 5.19)");

/* Accepts into file_index (slot file_index-1, or one the kernel picks
   from a table of four), then writes a byte to the client through the
   slot. */
static void accept_direct(unsigned file_index)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	UR_NEED_DIRECT(&r);
	if (file_index == IORING_FILE_INDEX_ALLOC)
		UR_NEED_ALLOC(&r);
	ur_sparse_table(&r, 4);
	FT_FD int lsock = -1;
	FT_FD int client = -1;
	ur_listen_pair(&lsock, &client);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_accept(lsock, 0, file_index);
	int res = ur_do(&r, &s);
	int slot = (int)file_index - 1;
	if (file_index == IORING_FILE_INDEX_ALLOC) {
		FT_GE(res, 0);
		FT_LT(res, 4);
		slot = res;
	} else {
		FT_EQ(res, 0);
	}
	FT_EQ(ft_lowest_free(), lowest);
	struct ur_sqe w = ur_rw(IORING_OP_WRITE, slot, 1, "s", 1, 0);
	ur_need_op(&r, IORING_OP_WRITE, "IORING_OP_WRITE", "Linux 5.6");
	FT_EQ(ur_do(&r, &w), 1);
	char c = 0;
	FT_EQ(ft_poll_in(client, 2000), 1);
	FT_EQ(read(client, &c, 1), 1);
	FT_EQ(c, 's');
}

FT_POINT(fills_named_slot)
{
	accept_direct(3);
}

FT_POINT(alloc_returns_slot)
{
	accept_direct(IORING_FILE_INDEX_ALLOC);
}
