/*
 * scm_rights/stream_needs_data - on a SOCK_STREAM socket descriptors can
 * only be passed along with at least one byte of data: a sendmsg() with an
 * SCM_RIGHTS message and no data queues nothing for the peer, and the
 * descriptor is not held in flight (its file is released).
 */
#include "scm_rights.h"

FT_CASE("SCM_RIGHTS without data is not passed on a stream socket",
	"unix(7) \"Ancillary messages\"; unix(7) NOTES");

FT_POINT(zero_bytes_pass_nothing)
{
	FT_FDS int sv[2] = FT_NO_FDS, p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_pipe(p, 0);
	ssize_t n = scm_send(sv[0], &p[1], 1, "", 0);
	ft_note("sendmsg with no data returned %zd", n);
	FT_LE(n, 0);
	ft_close(&p[1]);
	/* no message for the peer ... */
	FT_EQ(ft_poll_in(sv[1], 0), 0);
	/* ... and no reference kept to the write end: its pipe is at EOF */
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(next_data_brings_no_fd)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_LE(scm_send(sv[0], &sv[0], 1, "", 0), 0);
	FT_EQ(scm_send(sv[0], NULL, 0, "d", 1), 1);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, 4, 0, &g), 1);
	FT_EQ(g.ncmsg, 0);
}
