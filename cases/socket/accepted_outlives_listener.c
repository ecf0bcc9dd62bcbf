/*
 * socket/accepted_outlives_listener - an accepted socket is independent of
 * the listening socket it came from: closing the listener leaves the
 * accepted connection working in both directions, while new connection
 * attempts are refused.
 */
#include "socket.h"

FT_CASE("closing the listener does not affect connections already accepted",
	"accept(2) DESCRIPTION; close(2); connect(2) ECONNREFUSED");

FT_POINT(unix_connection_survives)
{
	struct sockaddr_un a;
	sk_ignore_sigpipe();
	FT_FD int l = sk_unix_listener("s", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	ft_close(&l);
	ft_write_all(c, "up", 2);
	ft_write_all(s, "down", 4);
	char buf[8];
	FT_EQ(read(s, buf, sizeof buf), 2);
	FT_EQ(read(c, buf, sizeof buf), 4);
	FT_FD int c2 = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(connect(c2, (struct sockaddr *)&a, sizeof a), ECONNREFUSED);
}

FT_POINT(tcp_connection_survives)
{
	struct sockaddr_in a;
	sk_ignore_sigpipe();
	FT_FD int l = sk_tcp_listener(&a, 0);
	FT_FD int c = sk_tcp_connect(&a);
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	char buf[8];
	ft_close(&l);
	/* anything the close sent c arrives before data s sends after it */
	ft_write_all(s, "m", 1);
	FT_EQ(ft_poll_in(c, 2000), 1);
	FT_EQ(read(c, buf, 1), 1);
	FT_EQ(ft_poll_in(c, 0), 0); /* no EOF or reset from the close */
	ft_write_all(c, "up", 2);
	ft_write_all(s, "down", 4);
	FT_EQ(ft_read_all(s, buf, 2), 2);
	FT_EQ(ft_read_all(c, buf, 4), 4);
}
