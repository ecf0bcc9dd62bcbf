/*
 * socket/unix_pathname_stream - a UNIX stream socket bound to a pathname
 * creates a socket file at that path; clients connect by the path, the
 * listener's and the peer's addresses report it, and an unlinked path
 * does not disturb a connection already made (new connects then fail
 * with ENOENT).
 *
 * Cites: unix(7) "Address format" (pathname) and "Pathname sockets";
 * connect(2); getsockname(2); getpeername(2).
 */
#include "socket.h"
#include <stddef.h>

FT_CASE("a UNIX stream socket bound to a path in the file system",
	"unix(7) \"Address format\", \"Pathname sockets\"; getsockname(2); getpeername(2); connect(2)");

FT_POINT(creates_socket_file)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("sock", &a, 0);
	struct stat st;
	FT_SYS(stat("sock", &st));
	FT_TRUE(S_ISSOCK(st.st_mode));
}

FT_POINT(connect_by_path_and_names)
{
	struct sockaddr_un a, got;
	FT_FD int l = sk_unix_listener("sock", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	socklen_t len = sizeof got;
	memset(&got, 0, sizeof got);
	FT_SYS(getsockname(l, (struct sockaddr *)&got, &len));
	FT_EQ(len, offsetof(struct sockaddr_un, sun_path) + strlen("sock") + 1);
	FT_STREQ(got.sun_path, "sock");
	len = sizeof got;
	memset(&got, 0, sizeof got);
	FT_SYS(getpeername(c, (struct sockaddr *)&got, &len));
	FT_STREQ(got.sun_path, "sock");
	ft_write_all(c, "ping", 4);
	char buf[8];
	FT_EQ(read(s, buf, sizeof buf), 4);
}

FT_POINT(unlink_keeps_connection)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("sock", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_SYS(unlink("sock"));
	int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC)); /* still queued */
	ft_write_all(c, "ok", 2);
	char buf[4];
	FT_EQ(read(s, buf, sizeof buf), 2);
	FT_FD int c2 = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(connect(c2, (struct sockaddr *)&a, sizeof a), ENOENT);
	close(s);
}
