/*
 * scm_rights/shares_status_flags - the file status flags (O_NONBLOCK,
 * O_APPEND ...) belong to the open file description, so F_SETFL through
 * the received descriptor is seen through the sender's and the reverse.
 *
 * Cites: unix(7) "Ancillary messages" SCM_RIGHTS; fcntl(2) "File status
 * flags"; open(2) NOTES "Open file descriptions".
 */
#include "scm_rights.h"

FT_CASE("a received descriptor shares the sender's file status flags",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; fcntl(2) \"File status flags\"; open(2)");

FT_POINT(nonblock_set_by_receiver_seen_by_sender)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int r = scm_pass(p[0], 0);
	FT_FLAG_CLEAR(ft_getfl(p[0]), O_NONBLOCK);
	FT_SYS(fcntl(r, F_SETFL, ft_getfl(r) | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
}

FT_POINT(append_set_by_sender_seen_by_receiver)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int r = scm_pass(fd, 0);
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_APPEND));
	FT_FLAG_SET(ft_getfl(r), O_APPEND);
	FT_EQ(write(r, "d", 1), 1);
	FT_EQ(ft_offset(fd), 4);
}
