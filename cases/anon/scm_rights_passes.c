/*
 * anon/scm_rights_passes - fanotify, userfaultfd, Landlock ruleset and
 * memfd_secret descriptors can be sent over a UNIX domain socket with
 * SCM_RIGHTS: the receiver gets a new descriptor, the lowest free number,
 * for the same open file description (same inode; O_NONBLOCK set through
 * it shows on the sender's), close-on-exec only when MSG_CMSG_CLOEXEC
 * asks, and it stays usable after the sender closed its own.
 */
#include "anon.h"
#include "../scm_rights/scm_rights.h"

FT_CASE("fanotify, userfaultfd, Landlock and memfd_secret descriptors pass over SCM_RIGHTS",
	"unix(7) \"Ancillary messages\" (SCM_RIGHTS); recvmsg(2) (MSG_CMSG_CLOEXEC); open(2) NOTES \"Open file descriptions\"");

static int recv_one(int sock, int flags)
{
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sock, &c, 1, 1, flags, &g), 1);
	FT_EQ(g.nfds, 1);
	return g.fds[0];
}

FT_TABLE(same_description, anon_kinds)
{
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, s);
	FT_FD int fd = row->open(ANON_CLOEXEC);
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	SCM_SEND1(s[0], fd);
	FT_FD int plug = -1;
	int gap = anon_gap(&plug);
	FT_FD int got = recv_one(s[1], 0);
	FT_EQ(got, gap);
	FT_SYS(fstat(got, &b));
	FT_EQ(b.st_ino, a.st_ino);
	FT_EQ(b.st_dev, a.st_dev);
	FT_FLAG_CLEAR(ft_getfd(got), FD_CLOEXEC);
	FT_SYS(fcntl(got, F_SETFL, ft_getfl(got) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
}

FT_TABLE(cmsg_cloexec, anon_kinds)
{
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, s);
	FT_FD int fd = row->open(0);
	SCM_SEND1(s[0], fd);
	FT_FD int got = recv_one(s[1], MSG_CMSG_CLOEXEC);
	FT_FLAG_SET(ft_getfd(got), FD_CLOEXEC);
}

FT_TABLE(outlives_sender_copy, anon_kinds)
{
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, s);
	int fd = row->open(ANON_CLOEXEC);
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	SCM_SEND1(s[0], fd);
	FT_SYS(close(fd)); /* in flight, held by the message only */
	FT_FD int got = recv_one(s[1], MSG_CMSG_CLOEXEC);
	FT_SYS(fstat(got, &b));
	FT_EQ(b.st_ino, a.st_ino);
}
