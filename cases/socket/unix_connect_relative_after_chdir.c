/*
 * socket/unix_connect_relative_after_chdir - connect(2) to a relative
 * AF_UNIX path resolves it against the working directory of the moment:
 * a listener bound as "d/sock" is reached as "sock" after chdir(2) or
 * fchdir(2) into d, for a stream connection and for a datagram socket's
 * default destination.
 *
 * Cites: unix(7) "Pathname sockets"; connect(2) DESCRIPTION; chdir(2),
 * fchdir(2); path_resolution(7).
 */
#include "unixpath.h"

FT_CASE("connect to a relative AF_UNIX path after chdir reaches the socket there",
	"unix(7) \"Pathname sockets\"; connect(2); chdir(2); path_resolution(7); fchdir(2)");

static void stream(int via_fd)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int l = up_bound(SOCK_STREAM, "d/sock");
	up_enter("d", via_fd);
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(up_connect(c, "sock"));
	FT_SYS(chdir(".."));
	FT_FD int a = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	FT_EQ(write(c, "s", 1), 1);
	up_delivered(a, 's');
}

static void dgram(int via_fd)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "d/r");
	up_enter("d", via_fd);
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_SYS(up_connect(s, "r"));
	FT_SYS(chdir(".."));
	FT_EQ(send(s, "g", 1, 0), 1);
	up_delivered(r, 'g');
}

FT_POINT(stream_after_chdir)
{
	stream(0);
}

FT_POINT(stream_after_fchdir)
{
	stream(1);
}

FT_POINT(dgram_after_chdir)
{
	dgram(0);
}

FT_POINT(dgram_after_fchdir)
{
	dgram(1);
}
