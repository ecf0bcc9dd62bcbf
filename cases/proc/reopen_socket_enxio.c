/*
 * proc/reopen_socket_enxio - a socket cannot be opened through its
 * /proc/self/fd/N entry: open() fails with ENXIO for any access mode,
 * although readlink on the same entry works; O_PATH, which does not open
 * the file, is allowed.
 *
 * Cites: open(2) ERRORS "ENXIO" (the file is a UNIX domain socket) and
 * DESCRIPTION "O_PATH"; proc(5) "/proc/pid/fd/".
 */
#include "proc.h"
#include <sys/socket.h>

FT_CASE("opening a socket through /proc/self/fd/N fails with ENXIO",
	"open(2) ERRORS ENXIO, O_PATH; proc(5) \"/proc/pid/fd/\"");
FT_NEEDS(FT_NEEDS_PROC);

static void path_of(int fd, char *p, size_t n)
{
	snprintf(p, n, "/proc/self/fd/%d", fd);
}

FT_POINT(stream_socket_enxio)
{
	FT_FDS int s[2] = FT_NO_FDS;
	char p[64], link[64];
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, s));
	path_of(s[0], p, sizeof p);
	ft_readlink_fd(s[0], link, sizeof link);
	FT_ERRNO(open(p, O_RDWR), ENXIO);
	FT_ERRNO(open(p, O_RDONLY), ENXIO);
	FT_ERRNO(open(p, O_WRONLY), ENXIO);
}

FT_POINT(datagram_socket_enxio)
{
	char p[64];
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	path_of(s, p, sizeof p);
	FT_ERRNO(open(p, O_RDWR), ENXIO);
}

FT_POINT(o_path_allowed)
{
	char p[64];
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM, 0));
	path_of(s, p, sizeof p);
	FT_FD int o = FT_SYS(open(p, O_PATH));
	struct stat a, b;
	FT_SYS(fstat(o, &a));
	FT_SYS(fstat(s, &b));
	FT_TRUE(S_ISSOCK(a.st_mode));
	FT_EQ(a.st_ino, b.st_ino);
}
