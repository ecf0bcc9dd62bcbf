/*
 * scm_rights/shares_offset - what SCM_RIGHTS passes is a reference to the
 * open file description, not a copy of it: the received descriptor and the
 * sender's share one file offset, so a read, write or lseek through either
 * moves it for both.
 *
 * Cites: unix(7) "Ancillary messages" SCM_RIGHTS (a reference to an open
 * file description); open(2) NOTES "Open file descriptions"; dup(2),
 * which passing is equivalent to.
 */
#include "scm_rights.h"

FT_CASE("a received descriptor shares the sender's file offset",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; open(2) NOTES \"Open file descriptions\"; dup(2)");

static int pass(int fd, int sv[2])
{
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	SCM_SEND1(sv[0], fd);
	return scm_recv1(sv[1]);
}

FT_POINT(read_through_received_moves_sender)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int r = pass(fd, sv);
	char c;
	FT_EQ(read(r, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 1);
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'b');
	FT_EQ(ft_offset(r), 2);
}

FT_POINT(offset_set_before_sending_is_kept)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_FD int r = pass(fd, sv);
	FT_EQ(ft_offset(r), 4);
	FT_EQ(lseek(r, 1, SEEK_SET), 1);
	FT_EQ(ft_offset(fd), 1);
}

FT_POINT(writes_append_at_shared_offset)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int r = pass(fd, sv);
	FT_EQ(write(fd, "ab", 2), 2);
	FT_EQ(write(r, "cd", 2), 2);
	char buf[8] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}
