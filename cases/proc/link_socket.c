/*
 * proc/link_socket - the /proc/self/fd link of a socket reads
 * "socket:[INODE]", where INODE is the socket's inode number as fstat
 * reports it; the two ends of a socketpair are two sockets with two
 * numbers.
 *
 * Cites: proc(5) "/proc/pid/fd/" (type:[inode], e.g. socket:[2248868]);
 * socket(7).
 */
#include "proc.h"
#include <sys/socket.h>

FT_CASE("the /proc/self/fd link of a socket is \"socket:[ino]\" with fstat's st_ino",
	"proc(5) \"/proc/pid/fd/\"; socket(7)");
FT_NEEDS(FT_NEEDS_PROC);

static void check_sock(int fd)
{
	char want[64], got[64];
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISSOCK(st.st_mode));
	snprintf(want, sizeof want, "socket:[%llu]", (unsigned long long)st.st_ino);
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(socketpair_ends)
{
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, s);
	check_sock(s[0]);
	check_sock(s[1]);
	char a[64], b[64];
	ft_readlink_fd(s[0], a, sizeof a);
	ft_readlink_fd(s[1], b, sizeof b);
	FT_TRUE(strcmp(a, b) != 0);
}

FT_POINT(datagram_socket)
{
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM, 0));
	check_sock(s);
}
