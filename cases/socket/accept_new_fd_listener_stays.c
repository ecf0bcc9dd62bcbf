/*
 * socket/accept_new_fd_listener_stays - accept() returns a new descriptor
 * for a new connected socket that is not listening, and leaves the
 * listening socket as it was: still listening, able to accept the next
 * connection.
 */
#include "socket.h"

FT_CASE("accept returns a new connected socket and the listener keeps listening",
	"accept(2) DESCRIPTION; socket(7) SO_ACCEPTCONN");

static int accepting(int fd)
{
	int v = -1;
	socklen_t len = sizeof v;
	FT_SYS(getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len));
	return v;
}

FT_POINT(new_fd_not_listening)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_NE(s, l);
	FT_NE(s, c);
	FT_EQ(accepting(l), 1);
	FT_EQ(accepting(s), 0);
	ft_write_all(s, "hi", 2);
	char buf[4];
	FT_EQ(read(c, buf, sizeof buf), 2);
}

FT_POINT(listener_accepts_again)
{
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	FT_FD int c1 = sk_tcp_connect(&a);
	FT_FD int s1 = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_FD int c2 = sk_tcp_connect(&a);
	FT_FD int s2 = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_NE(s1, s2);
	ft_write_all(c2, "2", 1);
	ft_write_all(c1, "1", 1);
	char c;
	FT_EQ(read(s2, &c, 1), 1);
	FT_EQ(c, '2');
	FT_EQ(read(s1, &c, 1), 1);
	FT_EQ(c, '1');
}
