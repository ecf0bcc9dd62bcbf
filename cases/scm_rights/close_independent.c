/*
 * scm_rights/close_independent - the received descriptor is a new entry
 * in the receiver's table (as if made by dup()), separate from the
 * sender's: closing either one leaves the other open and working.
 */
#include "scm_rights.h"

FT_CASE("the received and the sender's descriptors are closed independently",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; close(2) DESCRIPTION; dup(2) DESCRIPTION");

FT_POINT(closing_received_keeps_sender_open)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int fd = ft_tmpfile("abc", NULL);
	SCM_SEND1(sv[0], fd);
	int r = scm_recv1(sv[1]);
	FT_NE(r, fd);
	FT_SYS(close(r));
	FT_TRUE(ft_is_open(fd));
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'a');
}

FT_POINT(closing_sender_keeps_received_open)
{
	int fd = ft_tmpfile("abc", NULL);
	FT_FD int r = scm_pass(fd, 0);
	FT_SYS(close(fd));
	FT_TRUE(ft_is_open(r));
	char c;
	FT_EQ(read(r, &c, 1), 1);
	FT_EQ(c, 'a');
}
