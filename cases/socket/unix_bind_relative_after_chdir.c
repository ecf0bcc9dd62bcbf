/*
 * socket/unix_bind_relative_after_chdir - bind(2) of an AF_UNIX socket to
 * a relative path creates the socket file relative to the working
 * directory at the time of the call: after chdir(2) or fchdir(2) into a
 * subdirectory the file appears there (and not in the old directory), for
 * stream and datagram sockets, and getsockname returns the relative path
 * as bound.
 *
 * Cites: unix(7) "Pathname sockets", "Address format"; bind(2); chdir(2),
 * fchdir(2); path_resolution(7) (relative pathnames start at the cwd).
 */
#include "unixpath.h"

FT_CASE("bind to a relative AF_UNIX path after chdir creates it in the new cwd",
	"unix(7) \"Pathname sockets\", \"Address format\"; bind(2); chdir(2); path_resolution(7); fchdir(2)");

static void bind_in_subdir(int type, int via_fd)
{
	FT_SYS(mkdir("d", 0700));
	up_enter("d", via_fd);
	FT_FD int s = up_bound(type, "sock");
	FT_SYS(chdir(".."));
	struct stat st;
	FT_SYS(stat("d/sock", &st));
	FT_TRUE(S_ISSOCK(st.st_mode));
	FT_ERRNO(stat("sock", &st), ENOENT);
	UP_NAME_IS(s, 0, "sock");
}

FT_POINT(stream_after_chdir)
{
	bind_in_subdir(SOCK_STREAM, 0);
}

FT_POINT(dgram_after_chdir)
{
	bind_in_subdir(SOCK_DGRAM, 0);
}

FT_POINT(stream_after_fchdir)
{
	bind_in_subdir(SOCK_STREAM, 1);
}

FT_POINT(dgram_after_fchdir)
{
	bind_in_subdir(SOCK_DGRAM, 1);
}
