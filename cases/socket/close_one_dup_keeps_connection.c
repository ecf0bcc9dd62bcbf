/*
 * socket/close_one_dup_keeps_connection - closing one of several
 * descriptors for a connected socket does not end the connection: the
 * peer sees no end of file and data still flows both ways through the
 * remaining descriptor; only the close of the last one ends it.
 */
#include "socket.h"

FT_CASE("closing one dup of a connected socket keeps the connection",
	"close(2) DESCRIPTION; dup(2); unix(7)");

FT_POINT(no_eof_after_closing_one)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	FT_FD int d = FT_SYS(dup(sv[0]));
	ft_close(&sv[0]);
	FT_EQ(ft_poll_in(sv[1], 0), 0);
	ft_close(&d);
	sk_expect_eof(sv[1]);
}

FT_POINT(remaining_dup_still_talks)
{
	FT_FD int c = -1, s = -1;
	sk_ignore_sigpipe();
	sk_tcp_pair(&c, &s);
	FT_FD int d = FT_SYS(fcntl(c, F_DUPFD_CLOEXEC, 0));
	ft_close(&c);
	ft_write_all(d, "to", 2);
	ft_write_all(s, "fro", 3);
	char buf[4];
	FT_EQ(read(s, buf, sizeof buf), 2);
	FT_MEMEQ(buf, "to", 2);
	FT_EQ(read(d, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "fro", 3);
	ft_close(&d);
	sk_expect_eof(s);
}
