/*
 * socket/unix_sendto_relative_after_chdir - sendto(2) on an unconnected
 * AF_UNIX datagram socket with a relative destination path resolves the
 * path against the working directory at the time of the call: after
 * chdir(2) or fchdir(2) into d, "r" reaches the socket bound as "d/r",
 * and "../d/r" reaches it from a sibling directory.
 *
 * Cites: unix(7) "Pathname sockets"; sendto(2) DESCRIPTION (dest_addr);
 * chdir(2), fchdir(2); path_resolution(7).
 */
#include "unixpath.h"

FT_CASE("sendto a relative AF_UNIX path after chdir reaches the socket there",
	"unix(7) \"Pathname sockets\"; sendto(2); chdir(2); path_resolution(7); fchdir(2)");

static void send_from(const char *dir, int via_fd, const char *to)
{
	FT_SYS(mkdir("d", 0700));
	if (strcmp(dir, "d") != 0)
		FT_SYS(mkdir(dir, 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "d/r");
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	up_enter(dir, via_fd);
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, to);
	FT_EQ(sendto(s, "t", 1, 0, (struct sockaddr *)&a, len), 1);
	FT_SYS(chdir(".."));
	up_delivered(r, 't');
}

FT_POINT(after_chdir)
{
	send_from("d", 0, "r");
}

FT_POINT(after_fchdir)
{
	send_from("d", 1, "r");
}

FT_POINT(dotdot_from_sibling)
{
	send_from("e", 0, "../d/r");
}

FT_POINT(old_cwd_name_enoent)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int r = up_bound(SOCK_DGRAM, "r");
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	up_enter("d", 0);
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, "r");
	FT_ERRNO(sendto(s, "t", 1, 0, (struct sockaddr *)&a, len), ENOENT);
	FT_SYS(chdir(".."));
	FT_EQ(sendto(s, "t", 1, 0, (struct sockaddr *)&a, len), 1);
	up_delivered(r, 't');
}
