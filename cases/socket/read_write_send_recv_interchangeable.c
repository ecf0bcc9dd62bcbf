/*
 * socket/read_write_send_recv_interchangeable - on a connected stream
 * socket read()/write() and recv()/send() with no flags act on the same
 * byte stream: what write() sends recv() receives and what send() sends
 * read() receives, in order, whichever call each side uses.
 */
#include "socket.h"

FT_CASE("write/read and send/recv are interchangeable on a stream socket",
	"send(2) DESCRIPTION; recv(2) DESCRIPTION; unix(7); tcp(7)");

static void mix(int a, int b)
{
	char buf[16];
	FT_EQ(write(a, "w1", 2), 2);
	FT_EQ(send(a, "s2", 2, 0), 2);
	FT_EQ(recv(b, buf, 2, MSG_WAITALL), 2);
	FT_MEMEQ(buf, "w1", 2);
	FT_EQ(ft_read_all(b, buf, 2), 2);
	FT_MEMEQ(buf, "s2", 2);
	FT_EQ(send(b, "back", 4, 0), 4);
	FT_EQ(ft_read_all(a, buf, 4), 4);
	FT_MEMEQ(buf, "back", 4);
	FT_EQ(write(b, "more", 4), 4);
	FT_EQ(recv(a, buf, 4, MSG_WAITALL), 4);
	FT_MEMEQ(buf, "more", 4);
}

FT_POINT(unix_stream)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	mix(sv[0], sv[1]);
}

FT_POINT(tcp_loopback)
{
	FT_FD int c = -1, s = -1;
	sk_tcp_pair(&c, &s);
	mix(c, s);
}
