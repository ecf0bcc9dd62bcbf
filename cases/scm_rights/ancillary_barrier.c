/*
 * scm_rights/ancillary_barrier - on a stream socket a message carrying
 * descriptors ends a read: data sent before it is returned together with
 * it, but one recvmsg() does not run past it into later data, so the
 * descriptors are tied to a known position in the byte stream.  This is
 * the three-write example of unix(7): 4 bytes, 1 byte with an fd, 4 bytes
 * are read as 5 bytes with the fd, then 4 bytes.
 */
#include "scm_rights.h"

FT_CASE("a message with descriptors ends a stream read (the unix(7) barrier)",
	"unix(7) \"Ancillary messages\"");

FT_POINT(example_from_unix7)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_EQ(scm_send(sv[0], NULL, 0, "1234", 4), 4);
	FT_EQ(scm_send(sv[0], &sv[0], 1, "5", 1), 1);
	FT_EQ(scm_send(sv[0], NULL, 0, "6789", 4), 4);
	struct scm_got g;
	char buf[20];
	FT_EQ(scm_recv(sv[1], buf, 20, 4, 0, &g), 5);
	FT_MEMEQ(buf, "12345", 5);
	FT_EQ(g.nfds, 1);
	scm_close_got(&g);
	FT_EQ(scm_recv(sv[1], buf, 20, 4, 0, &g), 4);
	FT_MEMEQ(buf, "6789", 4);
	FT_EQ(g.ncmsg, 0);
}

FT_POINT(two_fd_messages_not_merged)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_EQ(scm_send(sv[0], &sv[0], 1, "ab", 2), 2);
	FT_EQ(scm_send(sv[0], &sv[1], 1, "cd", 2), 2);
	struct scm_got g;
	char buf[20];
	FT_EQ(scm_recv(sv[1], buf, 20, 4, 0, &g), 2);
	FT_MEMEQ(buf, "ab", 2);
	FT_EQ(g.nfds, 1);
	FT_FD int a = g.fds[0];
	FT_EQ(scm_recv(sv[1], buf, 20, 4, 0, &g), 2);
	FT_MEMEQ(buf, "cd", 2);
	FT_EQ(g.nfds, 1);
	scm_close_got(&g);
}
