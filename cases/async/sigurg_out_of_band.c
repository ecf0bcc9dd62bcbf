/*
 * async/sigurg_out_of_band - on a socket, F_SETOWN also names who gets
 * SIGURG when out-of-band data arrives (the one use of F_SETOWN POSIX
 * specifies); no O_ASYNC is needed for it, and with no owner set no
 * SIGURG is sent.  Checked over a TCP connection on the loopback
 * interface, the OOB byte sent with send(MSG_OOB).
 */
#include "async.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

FT_CASE("F_SETOWN on a socket names the receiver of SIGURG for out-of-band data",
	"fcntl(2) \"Managing signals\" (F_SETOWN, SIGURG); socket(7) \"Signals\"; tcp(7) DESCRIPTION (urgent data); POSIX fcntl(3p)");

/* a connected TCP pair over loopback: c[0] accepted side, c[1] client */
static void tcp_pair(int c[2])
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof a;
	FT_FD int l = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
	if (bind(l, (struct sockaddr *)&a, sizeof a) == -1)
		FT_SKIP("needs a loopback interface (bind 127.0.0.1: %s)",
			ft_errno_name(errno));
	FT_SYS(listen(l, 1));
	FT_SYS(getsockname(l, (struct sockaddr *)&a, &len));
	c[1] = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c[1], (struct sockaddr *)&a, sizeof a));
	c[0] = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
}

/* Sends ordinary data, then the urgent byte, then a marker; returns once
   the marker arrived, so the urgent byte has been processed by then
   (TCP keeps the order).  Whether the urgent byte is also read inline is
   not this case's concern. */
static void send_urgent(int c[2])
{
	FT_EQ(send(c[1], "a", 1, 0), 1);
	FT_EQ(send(c[1], "!", 1, MSG_OOB), 1);
	FT_EQ(send(c[1], "z", 1, 0), 1);
	char buf[8];
	size_t got = 0;
	while (got < sizeof buf && !memchr(buf, 'z', got)) {
		FT_EQ(ft_poll_in(c[0], 2000), 1);
		ssize_t n = FT_SYS(recv(c[0], buf + got, sizeof buf - got, 0));
		FT_GT(n, 0);
		got += (size_t)n;
	}
	FT_TRUE(memchr(buf, 'z', got) != NULL);
}

FT_POINT(owner_gets_sigurg_without_o_async)
{
	FT_FDS int c[2] = FT_NO_FDS;
	async_block(SIGURG);
	tcp_pair(c);
	FT_SYS(fcntl(c[0], F_SETOWN, getpid()));
	FT_FLAG_CLEAR(ft_getfl(c[0]), O_ASYNC);
	send_urgent(c);
	ASYNC_COMES(SIGURG, NULL);
}

FT_POINT(no_owner_no_sigurg)
{
	FT_FDS int c[2] = FT_NO_FDS;
	async_block(SIGURG);
	tcp_pair(c);
	send_urgent(c);
	ASYNC_NONE(SIGURG);
}
