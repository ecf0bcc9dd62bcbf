/*
 * socket/unix_relative_path_resolved_at_call - a relative AF_UNIX path
 * names whatever the current working directory holds at the time of each
 * call, never the socket an earlier call reached: after chdir(2) to d,
 * "sock" (bound in the parent) is ENOENT for connect, "../sock" reaches
 * it, and binding "sock" again in d is a new, separate socket.
 */
#include "unixpath.h"

FT_CASE("relative AF_UNIX paths are resolved against the cwd at each call",
	"unix(7) \"Pathname sockets\"; connect(2) ERRORS; bind(2); path_resolution(7)");

FT_POINT(old_name_enoent_after_chdir)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int l = up_bound(SOCK_STREAM, "sock");
	up_enter("d", 0);
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(up_connect(c, "sock"), ENOENT);
	FT_SYS(up_connect(c, "../sock"));
	FT_SYS(chdir(".."));
}

FT_POINT(same_name_new_socket_in_new_cwd)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int l1 = up_bound(SOCK_STREAM, "sock");
	up_enter("d", 1);
	int l2 = up_bound(SOCK_STREAM, "sock"); /* no EADDRINUSE */
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(up_connect(c, "sock"));
	FT_SYS(chdir(".."));
	FT_EQ(ft_poll_in(l2, 1000), 1); /* the connection went to d/sock */
	FT_EQ(ft_poll_in(l1, 0), 0);
	FT_FD int a = FT_SYS(accept4(l2, NULL, NULL, SOCK_CLOEXEC));
	close(l2);
}

FT_POINT(dgram_old_name_enoent)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "r");
	up_enter("d", 0);
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(up_connect(s, "r"), ENOENT);
	FT_SYS(up_connect(s, "../r"));
	FT_SYS(chdir(".."));
	FT_EQ(send(s, "x", 1, 0), 1);
	up_delivered(r, 'x');
}
