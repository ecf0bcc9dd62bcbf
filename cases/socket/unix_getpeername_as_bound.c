/*
 * socket/unix_getpeername_as_bound - the peer address of an AF_UNIX
 * connection is the peer's own address as the peer bound it, not the
 * path the connecting side used: a client that reached "d/sock" as "sock"
 * after chdir(2) reads "d/sock" from getpeername; the accepting side sees
 * an unbound client as unnamed (addrlen sizeof(sa_family_t)) and a bound
 * one by its bound path; recvfrom reports a datagram sender the same way.
 */
#include "unixpath.h"

FT_CASE("getpeername, accept and recvfrom give the AF_UNIX peer's path as bound",
	"unix(7) \"Address format\", \"Pathname sockets\"; getpeername(2); accept(2); recvfrom(2)");

FT_POINT(client_sees_server_path_as_bound)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int l = up_bound(SOCK_STREAM, "d/sock");
	up_enter("d", 0);
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(up_connect(c, "sock"));
	UP_NAME_IS(c, 1, "d/sock");
	FT_SYS(chdir(".."));
}

FT_POINT(unbound_client_unnamed)
{
	FT_FD int l = up_bound(SOCK_STREAM, "sock");
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(up_connect(c, "sock"));
	struct sockaddr_un a;
	socklen_t len = sizeof a;
	FT_FD int s = FT_SYS(accept4(l, (struct sockaddr *)&a, &len, SOCK_CLOEXEC));
	FT_EQ(len, sizeof(sa_family_t));
	len = sizeof a;
	FT_SYS(getpeername(s, (struct sockaddr *)&a, &len));
	FT_EQ(len, sizeof(sa_family_t));
	FT_EQ(a.sun_family, AF_UNIX);
}

FT_POINT(bound_client_named_as_bound)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int l = up_bound(SOCK_STREAM, "sock");
	up_enter("d", 1);
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, "c");
	FT_SYS(bind(c, (struct sockaddr *)&a, len));
	FT_SYS(up_connect(c, "../sock"));
	FT_SYS(chdir(".."));
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	UP_NAME_IS(s, 1, "c");
}

FT_POINT(recvfrom_sender_as_bound)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "r");
	up_enter("d", 0);
	FT_FD int s = up_bound(SOCK_DGRAM, "snd");
	FT_SYS(up_connect(s, "../r"));
	FT_SYS(chdir(".."));
	FT_EQ(send(s, "x", 1, 0), 1);
	struct sockaddr_un a;
	memset(&a, 0, sizeof a);
	socklen_t len = sizeof a;
	char c;
	FT_EQ(ft_poll_in(r, 1000), 1);
	FT_EQ(recvfrom(r, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&a, &len), 1);
	FT_STREQ(a.sun_path, "snd");
	FT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 4);
}
