/*
 * scm_rights/ebadf_invalid_fd - every number in an SCM_RIGHTS array must
 * be an open descriptor of the sender: -1, or a number that is not open,
 * makes sendmsg() fail with EBADF, and nothing of the message (neither the
 * data nor the other, valid descriptors) is sent.
 *
 * Cites: unix(7) ERRORS EBADF (the descriptor being sent is not valid);
 * unix(7) "Ancillary messages" SCM_RIGHTS; send(2) ERRORS.
 */
#include "scm_rights.h"

FT_CASE("sendmsg of SCM_RIGHTS with an invalid descriptor fails with EBADF",
	"unix(7) ERRORS EBADF; unix(7) \"Ancillary messages\" SCM_RIGHTS; send(2)");

static void check(int use_closed)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	int bad = -1;
	if (use_closed) {
		bad = FT_SYS(dup(sv[0]));
		close(bad);
	}
	int fds[2] = { sv[0], bad };
	FT_ERRNO(scm_send(sv[0], fds, 2, "x", 1), EBADF);
	/* nothing was queued */
	FT_EQ(ft_poll_in(sv[1], 0), 0);
}

FT_POINT(minus_one_is_ebadf)
{
	check(0);
}

FT_POINT(closed_fd_is_ebadf)
{
	check(1);
}
