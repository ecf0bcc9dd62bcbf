/*
 * io_uring/accept_takes_lowest - IORING_OP_ACCEPT (Linux 5.5) without a
 * file_index accepts into the normal descriptor table as accept4(2)
 * does: the completion carries the lowest free number (filling a gap),
 * and accept_flags decide close-on-exec and non-blocking (each flag
 * alone, both, neither), whatever the listening socket's own flags.
 */
#include "io_uring.h"

FT_CASE("IORING_OP_ACCEPT returns the lowest free descriptor with the flags asked",
	"io_uring_enter(2) DESCRIPTION \"IORING_OP_ACCEPT\" (Linux 5.5); "
	"accept(2) DESCRIPTION (accept4 flags SOCK_CLOEXEC, SOCK_NONBLOCK); "
	"POSIX XSH 2.14 File Descriptor Allocation");

static const struct { const char *name; int flags; } flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", SOCK_CLOEXEC },
	{ "nonblock", SOCK_NONBLOCK },
	{ "cloexec_nonblock", SOCK_CLOEXEC | SOCK_NONBLOCK },
};

FT_TABLE(fills_gap, flag_rows)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_ACCEPT, "IORING_OP_ACCEPT", "Linux 5.5");
	FT_FD int lsock = -1;
	FT_FD int client = -1;
	ur_listen_pair(&lsock, &client);
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = ur_accept(lsock, row->flags, 0);
	FT_FD int conn = UR_OK(ur_do(&r, &s));
	FT_EQ(conn, gap);
	ur_expect_flags(conn, row->flags & SOCK_CLOEXEC, row->flags & SOCK_NONBLOCK);
	/* it is the client's peer */
	FT_EQ(write(client, "p", 1), 1);
	char c = 0;
	FT_EQ(read(conn, &c, 1), 1);
	FT_EQ(c, 'p');
}

FT_POINT(second_takes_next_free)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	ur_need_op(&r, IORING_OP_ACCEPT, "IORING_OP_ACCEPT", "Linux 5.5");
	FT_FD int lsock = -1;
	FT_FD int client = -1;
	ur_listen_pair(&lsock, &client);
	FT_FD int client2 = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	struct sockaddr_un a;
	socklen_t alen = sizeof a;
	FT_SYS(getsockname(lsock, (struct sockaddr *)&a, &alen));
	FT_SYS(connect(client2, (struct sockaddr *)&a, alen));
	FT_FD int plug = -1;
	int gap = ur_gap(&plug);
	struct ur_sqe s = ur_accept(lsock, SOCK_CLOEXEC, 0);
	FT_FD int first = UR_OK(ur_do(&r, &s));
	FT_EQ(first, gap);
	int next = ur_free_above(gap);
	FT_FD int second = UR_OK(ur_do(&r, &s));
	FT_EQ(second, next);
}
