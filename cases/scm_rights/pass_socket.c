/*
 * scm_rights/pass_socket - a socket can be passed like any descriptor; the
 * received descriptor is the same socket (same inode, same peer), data
 * written through it reaches the original peer, and shutdown() through it
 * is seen on the sender's descriptor, since both name one socket.
 *
 * Cites: unix(7) "Ancillary messages" SCM_RIGHTS; socket(7); shutdown(2)
 * DESCRIPTION.
 */
#include <sys/stat.h>
#include "scm_rights.h"

FT_CASE("a passed socket is the same socket in the receiver",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; shutdown(2) DESCRIPTION; socket(7)");

FT_POINT(received_socket_talks_to_the_peer)
{
	FT_FDS int carrier[2] = FT_NO_FDS, s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, carrier);
	ft_socketpair(AF_UNIX, SOCK_STREAM, s);
	SCM_SEND1(carrier[0], s[0]);
	ft_close(&s[0]);
	FT_FD int r = scm_recv1(carrier[1]);
	struct stat st;
	FT_SYS(fstat(r, &st));
	FT_TRUE(S_ISSOCK(st.st_mode));
	int type = 0;
	socklen_t len = sizeof type;
	FT_SYS(getsockopt(r, SOL_SOCKET, SO_TYPE, &type, &len));
	FT_EQ(type, SOCK_STREAM);
	FT_EQ(write(r, "ping", 4), 4);
	char buf[8];
	FT_EQ(read(s[1], buf, sizeof buf), 4);
	FT_MEMEQ(buf, "ping", 4);
	FT_EQ(write(s[1], "pong", 4), 4);
	FT_EQ(read(r, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "pong", 4);
}

FT_POINT(shutdown_through_received_seen_by_sender)
{
	FT_FDS int carrier[2] = FT_NO_FDS, s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, carrier);
	ft_socketpair(AF_UNIX, SOCK_STREAM, s);
	SCM_SEND1(carrier[0], s[0]);
	FT_FD int r = scm_recv1(carrier[1]);
	struct stat a, b;
	FT_SYS(fstat(r, &a));
	FT_SYS(fstat(s[0], &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_SYS(shutdown(r, SHUT_WR));
	FT_ERRNO(send(s[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	char c;
	FT_EQ(read(s[1], &c, 1), 0); /* the peer sees EOF */
}
