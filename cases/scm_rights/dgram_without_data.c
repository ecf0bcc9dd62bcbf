/*
 * scm_rights/dgram_without_data - on a SOCK_DGRAM socket Linux passes
 * descriptors in a datagram with no data bytes: recvmsg() returns 0 bytes
 * and the control message with the descriptor.
 */
#include "scm_rights.h"

FT_CASE("an empty datagram can carry descriptors",
	"unix(7) \"Ancillary messages\"");

FT_POINT(empty_datagram_delivers_fd)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM, sv);
	FT_FD int fd = ft_tmpfile("empty", NULL);
	FT_EQ(scm_send(sv[0], &fd, 1, "", 0), 0);
	ft_close(&fd);
	struct scm_got g;
	char buf[8];
	FT_EQ(ft_poll_in(sv[1], 1000), 1);
	FT_EQ(scm_recv(sv[1], buf, sizeof buf, 2, MSG_DONTWAIT, &g), 0);
	FT_EQ(g.nfds, 1);
	FT_EQ(pread(g.fds[0], buf, 5, 0), 5);
	FT_MEMEQ(buf, "empty", 5);
	scm_close_got(&g);
}
