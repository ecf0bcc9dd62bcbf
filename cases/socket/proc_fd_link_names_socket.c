/*
 * socket/proc_fd_link_names_socket - the /proc/self/fd entry of a socket is
 * a link whose text is "socket:[INODE]", INODE being the socket's inode
 * number as fstat() reports it; the two ends of a socketpair name two
 * different inodes.
 */
#include "socket.h"

FT_CASE("/proc/self/fd links of a socket read socket:[inode]",
	"proc(5) /proc/pid/fd/");

static void check(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	char want[64], got[128];
	snprintf(want, sizeof want, "socket:[%llu]", (unsigned long long)st.st_ino);
	ft_readlink_fd(fd, got, sizeof got);
	FT_STREQ(got, want);
}

FT_POINT(socketpair_ends)
{
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("needs /proc mounted");
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	check(sv[0]);
	check(sv[1]);
	char a[128], b[128];
	ft_readlink_fd(sv[0], a, sizeof a);
	ft_readlink_fd(sv[1], b, sizeof b);
	FT_TRUE(strcmp(a, b) != 0);
}

FT_POINT(tcp_listener)
{
	if (access("/proc/self/fd", F_OK) != 0)
		FT_SKIP("needs /proc mounted");
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	check(l);
}
