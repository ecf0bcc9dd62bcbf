/*
 * socket/unix_getsockname_as_bound - getsockname(2) on an AF_UNIX socket
 * bound to a pathname returns the path exactly as it was given to bind
 * (relative, with "./" or "..", or absolute), with the length
 * offsetof(sun_path) + strlen + 1, for stream and datagram sockets, and
 * it does not change when the process later changes directory.
 */
#include "unixpath.h"

FT_CASE("getsockname returns an AF_UNIX path exactly as bound",
	"unix(7) \"Address format\", \"Pathname sockets\"; getsockname(2)");

static const char *forms[] = { "s", "./s2", "d/../s3", "d/s4" };

static void each_form(int type)
{
	FT_SYS(mkdir("d", 0700));
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		ft_note("bind(\"%s\")", forms[i]);
		int s = up_bound(type, forms[i]);
		UP_NAME_IS(s, 0, forms[i]);
		close(s);
	}
}

FT_POINT(stream_relative_forms)
{
	each_form(SOCK_STREAM);
}

FT_POINT(dgram_relative_forms)
{
	each_form(SOCK_DGRAM);
}

FT_POINT(absolute_path)
{
	char cwd[FT_PATH_MAX], path[FT_PATH_MAX + 8];
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	snprintf(path, sizeof path, "%s/abs", cwd);
	FT_FD int s = up_bound(SOCK_DGRAM, path);
	UP_NAME_IS(s, 0, path);
}

FT_POINT(unchanged_by_chdir)
{
	FT_SYS(mkdir("d", 0700));
	FT_FD int s = up_bound(SOCK_STREAM, "sock");
	up_enter("d", 0);
	UP_NAME_IS(s, 0, "sock");
	FT_SYS(chdir(".."));
}
