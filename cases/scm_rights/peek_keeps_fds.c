/*
 * scm_rights/peek_keeps_fds - recvmsg() with MSG_PEEK leaves the message in
 * the queue, descriptors included: a later ordinary receive returns the
 * same data and still installs the passed descriptor.
 *
 * (Not checked, because not documented: Linux installs a fresh duplicate
 * of the passed descriptors on every MSG_PEEK that supplies a control
 * buffer, and sets MSG_CTRUNC on a peek without one.)
 */
#include "scm_rights.h"

FT_CASE("MSG_PEEK does not consume a message's descriptors",
	"recv(2) \"The flags argument\" MSG_PEEK; unix(7) \"Ancillary messages\" SCM_RIGHTS");

static void check(int type)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, type, sv);
	FT_FD int fd = ft_tmpfile("peeked", NULL);
	FT_EQ(scm_send(sv[0], &fd, 1, "abc", 3), 3);
	ft_close(&fd);
	struct scm_got g;
	char buf[8] = "";
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, -1, MSG_PEEK, &g), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, -1, MSG_PEEK, &g), 3);
	memset(buf, 0, sizeof buf);
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, 2, 0, &g), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(g.nfds, 1);
	char c[6];
	FT_EQ(pread(g.fds[0], c, 6, 0), 6);
	FT_MEMEQ(c, "peeked", 6);
	scm_close_got(&g);
}

FT_POINT(stream_fd_delivered_after_peeks)
{
	check(SOCK_STREAM);
}

FT_POINT(dgram_fd_delivered_after_peeks)
{
	check(SOCK_DGRAM);
}
