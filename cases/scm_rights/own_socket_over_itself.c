/*
 * scm_rights/own_socket_over_itself - a socket's own descriptor may be
 * sent through it: the peer receives a descriptor for the sending socket.
 * The in-flight reference keeps that socket alive after the sender closes
 * its descriptor, so the peer sees no hangup until it closes the
 * received one, and can talk to itself through it meanwhile.
 */
#include <sys/stat.h>
#include "scm_rights.h"

FT_CASE("a socket can be passed over itself and stays open while in flight",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; open(2) NOTES \"Open file descriptions\"");

FT_POINT(peer_receives_the_sending_socket)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	struct stat a, b;
	FT_SYS(fstat(sv[0], &a));
	SCM_SEND1(sv[0], sv[0]);
	ft_close(&sv[0]);
	FT_FD int r = scm_recv1(sv[1]);
	FT_SYS(fstat(r, &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(write(r, "loop", 4), 4);
	char buf[8];
	FT_EQ(read(sv[1], buf, sizeof buf), 4);
	FT_MEMEQ(buf, "loop", 4);
}

FT_POINT(no_hangup_until_received_copy_closed)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	SCM_SEND1(sv[0], sv[0]);
	ft_close(&sv[0]);
	FT_FD int r = scm_recv1(sv[1]);
	/* the sending socket lives on as r: sv[1] has no data and no EOF */
	FT_EQ(ft_poll_in(sv[1], 0), 0);
	ft_close(&r);
	char c;
	FT_EQ(ft_poll_in(sv[1], 1000), 1);
	FT_EQ(read(sv[1], &c, 1), 0);
}
