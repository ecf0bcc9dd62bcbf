/*
 * scm_rights/delivered_once - on a stream socket the passed descriptors
 * come with the first byte of the data they were sent with; when that data
 * is read in several recvmsg() calls only the first brings the control
 * message, and the later ones bring none (no second copy of the fd).
 */
#include "scm_rights.h"

FT_CASE("a passed descriptor is delivered once, with the first part of its data",
	"unix(7) \"Ancillary messages\"; unix(7) NOTES; recv(2) \"recvmsg()\"");

FT_POINT(first_part_brings_fd_rest_none)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int fd = ft_tmpfile("f", NULL);
	FT_EQ(scm_send(sv[0], &fd, 1, "abcdefgh", 8), 8);
	ft_close(&fd);
	int before = scm_nopen();
	struct scm_got g;
	char buf[8];
	FT_EQ(scm_recv(sv[1], buf, 3, 4, 0, &g), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(g.nfds, 1);
	FT_FD int r = g.fds[0];
	FT_EQ(scm_recv(sv[1], buf, 3, 4, 0, &g), 3);
	FT_MEMEQ(buf, "def", 3);
	FT_EQ(g.ncmsg, 0);
	FT_EQ(scm_recv(sv[1], buf, 8, 4, 0, &g), 2);
	FT_MEMEQ(buf, "gh", 2);
	FT_EQ(g.ncmsg, 0);
	FT_EQ(g.msg_flags & MSG_CTRUNC, 0);
	FT_EQ(scm_nopen(), before + 1);
}

FT_POINT(discarded_fd_not_offered_again)
{
	/* read the first byte without a control buffer: the fd is gone for
	   good, the rest of the data brings no control message */
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_EQ(scm_send(sv[0], &sv[0], 1, "abcd", 4), 4);
	struct scm_got g;
	char buf[8];
	FT_EQ(scm_recv(sv[1], buf, 1, -1, 0, &g), 1);
	FT_NE(g.msg_flags & MSG_CTRUNC, 0);
	FT_EQ(scm_recv(sv[1], buf, 8, 4, 0, &g), 3);
	FT_EQ(g.ncmsg, 0);
}
