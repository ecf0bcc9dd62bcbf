/*
 * io_uring/socket_direct - IORING_OP_SOCKET with a file_index (Linux 5.19)
 * creates the socket in the ring's fixed table: slot file_index-1 with
 * completion 0, or with IORING_FILE_INDEX_ALLOC a slot the kernel picks
 * (its index is the completion; ENFILE once the table is full).  No
 * descriptor number is taken, and the slot holds a working socket: an
 * IORING_OP_CONNECT through it reaches a listener.
 */
#include "io_uring.h"

FT_CASE("a direct IORING_OP_SOCKET fills a fixed slot, not a descriptor",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_SOCKET\" (file_index, "
	"Linux 5.19) and \"IORING_OP_CONNECT\"; io_uring_prep_socket(3) "
	"DESCRIPTION (IORING_FILE_INDEX_ALLOC)");

/* Connects the socket in slot to a new listener through the ring and
   accepts the connection. */
static void connect_slot(struct ur_ring *r, int slot)
{
	struct sockaddr_un a;
	socklen_t alen;
	FT_FD int lsock = ur_listener(&a, &alen);
	struct ur_sqe c = { .opcode = IORING_OP_CONNECT, .fd = slot,
			    .flags = IOSQE_FIXED_FILE, .addr = (uintptr_t)&a,
			    .off = alen };
	FT_EQ(ur_do(r, &c), 0);
	FT_FD int conn = FT_SYS(accept4(lsock, NULL, NULL, SOCK_CLOEXEC));
}

FT_POINT(fills_named_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_SOCKET, "IORING_OP_SOCKET", "Linux 5.19");
	ur_sparse_table(&r, 4);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_socket(AF_UNIX, SOCK_STREAM, 2);
	FT_EQ(ur_do(&r, &s), 0);
	FT_EQ(ft_lowest_free(), lowest);
	connect_slot(&r, 1);
}

FT_POINT(alloc_returns_slot)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_SOCKET, "IORING_OP_SOCKET", "Linux 5.19");
	ur_sparse_table(&r, 2);
	int lowest = ft_lowest_free();
	struct ur_sqe s = ur_socket(AF_UNIX, SOCK_STREAM,
				    IORING_FILE_INDEX_ALLOC);
	int a = UR_OK(ur_do(&r, &s));
	int b = UR_OK(ur_do(&r, &s));
	FT_NE(a, b);
	FT_LT(a, 2);
	FT_LT(b, 2);
	FT_EQ(ft_lowest_free(), lowest);
	UR_ERR(ur_do(&r, &s), ENFILE);
	connect_slot(&r, b);
}
