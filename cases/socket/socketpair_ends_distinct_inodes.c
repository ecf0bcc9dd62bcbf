/*
 * socket/socketpair_ends_distinct_inodes - socketpair() creates two
 * sockets, not two ends of one object: each end has its own inode (unlike
 * the two ends of a pipe), both are sockets, and data flows both ways.
 */
#include "socket.h"

FT_CASE("the two ends of a socketpair are distinct socket inodes",
	"socketpair(2) DESCRIPTION; unix(7); stat(2)");

FT_POINT(distinct_inodes)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	struct stat a, b;
	FT_SYS(fstat(sv[0], &a));
	FT_SYS(fstat(sv[1], &b));
	FT_TRUE(S_ISSOCK(a.st_mode));
	FT_TRUE(S_ISSOCK(b.st_mode));
	FT_NE(a.st_ino, b.st_ino);
}

FT_POINT(full_duplex)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	sk_pair(sv);
	char buf[4];
	ft_write_all(sv[0], "ab", 2);
	ft_write_all(sv[1], "cd", 2);
	FT_EQ(read(sv[1], buf, sizeof buf), 2);
	FT_MEMEQ(buf, "ab", 2);
	FT_EQ(read(sv[0], buf, sizeof buf), 2);
	FT_MEMEQ(buf, "cd", 2);
	FT_EQ(ft_getfl(sv[0]) & O_ACCMODE, O_RDWR);
	FT_EQ(ft_getfl(sv[1]) & O_ACCMODE, O_RDWR);
}
