/*
 * socket/peer_eof_after_last_holder_closes - a connected socket stays
 * connected while any process holds a descriptor for it: after the parent
 * closes its copy, the peer sees no end of file until a forked child that
 * inherited the socket closes it or exits.
 */
#include "socket.h"

FT_CASE("the peer sees EOF only after the last holder, a forked child included, closes",
	"close(2) DESCRIPTION; fork(2) DESCRIPTION; unix(7); tcp(7)");

/* The child holds fd and sends a marker byte through it for each byte
   go yields; it exits when go yields EOF. */
static void check(int fd, int peer)
{
	FT_FDS int go[2] = FT_NO_FDS;
	char c;
	ft_pipe(go, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ft_close(&go[1]);
		while (read(go[0], &c, 1) == 1)
			ft_write_all(fd, "m", 1);
		_exit(0);
	}
	ft_close(&go[0]);
	close(fd);
	/* anything the close sent the peer arrives before a marker sent
	   after it (a stream is in order, a TCP FIN included) */
	FT_EQ(write(go[1], "m", 1), 1);
	FT_EQ(ft_poll_in(peer, 2000), 1);
	FT_EQ(read(peer, &c, 1), 1);
	FT_EQ(c, 'm');
	FT_EQ(ft_poll_in(peer, 0), 0); /* no EOF */
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
	sk_expect_eof(peer);
	close(peer);
}

FT_POINT(unix_stream)
{
	int sv[2];
	sk_pair(sv);
	check(sv[0], sv[1]);
}

FT_POINT(tcp_loopback)
{
	int c, s;
	sk_tcp_pair(&c, &s);
	check(c, s);
}
