/*
 * socket/listener_and_accepted_distinct_inodes - the socket accept()
 * creates is a new socket with its own inode, distinct from the listening
 * socket's and from the connecting client's; all three are sockets.
 */
#include "socket.h"

FT_CASE("a listening socket and the socket accepted from it are distinct inodes",
	"accept(2) DESCRIPTION; stat(2)");

static void check(int l, int c, int s)
{
	struct stat sl, sc, ss;
	FT_SYS(fstat(l, &sl));
	FT_SYS(fstat(c, &sc));
	FT_SYS(fstat(s, &ss));
	FT_TRUE(S_ISSOCK(sl.st_mode));
	FT_TRUE(S_ISSOCK(sc.st_mode));
	FT_TRUE(S_ISSOCK(ss.st_mode));
	FT_NE(sl.st_ino, ss.st_ino);
	FT_NE(sc.st_ino, ss.st_ino);
	FT_NE(sl.st_ino, sc.st_ino);
	close(s);
	close(c);
	close(l);
}

FT_POINT(unix_stream)
{
	struct sockaddr_un a;
	int l = sk_unix_listener("s", &a, 0);
	int c = sk_unix_connect(&a);
	check(l, c, FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC)));
}

FT_POINT(tcp_loopback)
{
	struct sockaddr_in a;
	int l = sk_tcp_listener(&a, 0);
	int c = sk_tcp_connect(&a);
	check(l, c, FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC)));
}
