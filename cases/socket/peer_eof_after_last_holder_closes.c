/*
 * socket/peer_eof_after_last_holder_closes - a connected socket stays
 * connected while any process holds a descriptor for it: after the parent
 * closes its copy, the peer sees no end of file until a forked child that
 * inherited the socket closes it or exits.
 *
 * Cites: close(2) DESCRIPTION; fork(2) DESCRIPTION (the child's
 * descriptors refer to the same open file descriptions); unix(7); tcp(7).
 */
#include "socket.h"

FT_CASE("the peer sees EOF only after the last holder, a forked child included, closes",
	"close(2) DESCRIPTION; fork(2) DESCRIPTION; unix(7); tcp(7)");

/* The child holds fd until go yields EOF, then exits. */
static void check(int fd, int peer)
{
	int go[2];
	FT_SYS(pipe2(go, O_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		close(go[1]);
		FT_SYS(read(go[0], &c, 1));
		_exit(0);
	}
	close(go[0]);
	close(fd);
	FT_EQ(ft_poll_in(peer, 100), 0);
	close(go[1]);
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
