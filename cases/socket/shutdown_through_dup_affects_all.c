/*
 * socket/shutdown_through_dup_affects_all - shutdown() acts on the
 * connection, not on the descriptor: shutting down writing through a dup
 * (or through a forked child's copy) makes the peer see end of file and
 * makes writes through every other descriptor for the socket fail with
 * EPIPE, although those descriptors stay open.
 */
#include "socket.h"

FT_CASE("shutdown through one descriptor shuts the connection for all of them",
	"shutdown(2) DESCRIPTION; dup(2) DESCRIPTION; send(2) EPIPE");

FT_POINT(dup_shutdown_peer_eof)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	FT_FD int d = FT_SYS(dup(sv[0]));
	FT_SYS(shutdown(d, SHUT_WR));
	sk_expect_eof(sv[1]);
	FT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	FT_TRUE(ft_is_open(sv[0]));
}

FT_POINT(child_shutdown_seen_by_parent)
{
	FT_FD int c = -1, s = -1;
	sk_tcp_pair(&c, &s);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(shutdown(c, SHUT_WR));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	sk_expect_eof(s);
	FT_ERRNO(send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
}
