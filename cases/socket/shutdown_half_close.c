/*
 * socket/shutdown_half_close - shutdown(SHUT_WR) closes only the sending
 * direction: the peer reads end of file after the data already sent, while
 * the side that shut down can still receive what the peer sends; SHUT_RDWR
 * then ends both directions for the peer's writes too.
 */
#include "socket.h"

FT_CASE("shutdown(SHUT_WR) is a half close",
	"shutdown(2) DESCRIPTION; unix(7); tcp(7)");

static void half_close(int a, int b)
{
	char buf[8];
	ft_write_all(a, "last", 4);
	FT_SYS(shutdown(a, SHUT_WR));
	FT_EQ(ft_read_all(b, buf, 4), 4);
	FT_MEMEQ(buf, "last", 4);
	sk_expect_eof(b); /* the data, then end of file */
	ft_write_all(b, "reply", 5);
	FT_EQ(ft_read_all(a, buf, 5), 5);
	FT_MEMEQ(buf, "reply", 5);
	FT_ERRNO(send(a, "x", 1, MSG_NOSIGNAL), EPIPE);
}

FT_POINT(unix_stream)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	half_close(sv[0], sv[1]);
}

FT_POINT(tcp_loopback)
{
	FT_FD int c = -1, s = -1;
	sk_tcp_pair(&c, &s);
	half_close(c, s);
}

FT_POINT(shut_rdwr_peer_gets_epipe)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	FT_SYS(shutdown(sv[0], SHUT_RDWR));
	sk_expect_eof(sv[1]);
	FT_ERRNO(send(sv[1], "x", 1, MSG_NOSIGNAL), EPIPE);
}
