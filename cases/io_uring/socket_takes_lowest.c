/*
 * io_uring/socket_takes_lowest - IORING_OP_SOCKET (Linux 5.19) without a
 * file_index creates a socket in the normal descriptor table as
 * socket(2) does: the lowest free number (filling a gap), close-on-exec
 * and non-blocking as the type's SOCK_CLOEXEC / SOCK_NONBLOCK say (each
 * alone, both, neither), for stream and datagram sockets.
 */
#include "io_uring.h"

FT_CASE("IORING_OP_SOCKET returns the lowest free descriptor with the type flags",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_SOCKET\" (Linux 5.19); "
	"socket(2) DESCRIPTION (SOCK_CLOEXEC, SOCK_NONBLOCK); "
	"POSIX XSH 2.14 File Descriptor Allocation");

static const struct { const char *name; int type; } type_rows[] = {
	{ "stream", SOCK_STREAM },
	{ "stream_cloexec", SOCK_STREAM | SOCK_CLOEXEC },
	{ "stream_nonblock", SOCK_STREAM | SOCK_NONBLOCK },
	{ "dgram_cloexec_nonblock", SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK },
};

FT_TABLE(fills_gap, type_rows)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_SOCKET, "IORING_OP_SOCKET", "Linux 5.19");
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = ur_socket(AF_UNIX, row->type, 0);
	FT_FD int sock = UR_OK(ur_do(&r, &s));
	FT_EQ(sock, gap);
	ur_expect_flags(sock, row->type & SOCK_CLOEXEC, row->type & SOCK_NONBLOCK);
	int type = 0;
	socklen_t len = sizeof type;
	FT_SYS(getsockopt(sock, SOL_SOCKET, SO_TYPE, &type, &len));
	FT_EQ(type, row->type & ~(SOCK_CLOEXEC | SOCK_NONBLOCK));
}

FT_POINT(reuses_closed_number)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_SOCKET, "IORING_OP_SOCKET", "Linux 5.19");
	struct ur_sqe s = ur_socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	int first = UR_OK(ur_do(&r, &s));
	FT_SYS(close(first));
	FT_FD int again = UR_OK(ur_do(&r, &s));
	FT_EQ(again, first);
	int next = ur_free_above(again);
	FT_FD int second = UR_OK(ur_do(&r, &s));
	FT_EQ(second, next);
}
