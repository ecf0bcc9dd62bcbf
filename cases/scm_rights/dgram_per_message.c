/*
 * scm_rights/dgram_per_message - on datagram and seqpacket sockets the
 * descriptors belong to the message they were sent with: each recvmsg()
 * returns one message and exactly its descriptors, a message sent without
 * descriptors brings none, and a message whose data is cut short
 * (MSG_TRUNC) still delivers its descriptors.
 */
#include "scm_rights.h"

FT_CASE("on message sockets descriptors stay with their own message",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; unix(7) DESCRIPTION; recv(2) \"recvmsg()\"");

static void check(int type)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, type, sv);
	FT_FD int a = ft_tmpfile("A", NULL), b = ft_tmpfile("B", NULL);
	FT_EQ(scm_send(sv[0], &a, 1, "one", 3), 3);
	FT_EQ(scm_send(sv[0], NULL, 0, "two", 3), 3);
	FT_EQ(scm_send(sv[0], &b, 1, "three", 5), 5);
	struct scm_got g;
	char buf[8], c;
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, 4, 0, &g), 3);
	FT_EQ(g.nfds, 1);
	FT_EQ(pread(g.fds[0], &c, 1, 0), 1);
	FT_EQ(c, 'A');
	scm_close_got(&g);
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, 4, 0, &g), 3);
	FT_EQ(g.ncmsg, 0);
	/* only 2 of the 5 data bytes fit: the fd still comes */
	FT_EQ(scm_recv(sv[1], buf, 2, 4, 0, &g), 2);
	FT_NE(g.msg_flags & MSG_TRUNC, 0);
	FT_EQ(g.nfds, 1);
	FT_EQ(pread(g.fds[0], &c, 1, 0), 1);
	FT_EQ(c, 'B');
	scm_close_got(&g);
	FT_EQ(ft_poll_in(sv[1], 0), 0);
}

FT_POINT(dgram)
{
	check(SOCK_DGRAM);
}

FT_POINT(seqpacket)
{
	check(SOCK_SEQPACKET);
}
