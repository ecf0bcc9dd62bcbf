/*
 * errno_order/dup2_bad_oldfd_first - dup2(2) with an oldfd that is not
 * open fails with EBADF whatever newfd is: equal to oldfd (the "does
 * nothing" case needs a valid oldfd), negative, or at or above the soft
 * RLIMIT_NOFILE; a valid oldfd with such a newfd is EBADF too, and an
 * open newfd is left open.
 *
 * Cites: dup(2) DESCRIPTION (dup2: "If oldfd is not a valid file
 * descriptor ... newfd is not closed"; same value only when oldfd is
 * valid) and ERRORS (EBADF for oldfd, EBADF for newfd out of range).
 */
#include "errno_order.h"

FT_CASE("dup2 with an invalid oldfd fails with EBADF for any newfd",
	"dup(2) DESCRIPTION (dup2), ERRORS (EBADF)");

FT_POINT(same_number_not_open)
{
	int n = eo_closed_fd();
	FT_ERRNO(dup2(n, n), EBADF);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(bad_oldfd_bad_newfd)
{
	int n = eo_closed_fd();
	FT_ERRNO(dup2(n, -1), EBADF);
	FT_ERRNO(dup2(n, eo_nofile()), EBADF);
	FT_ERRNO(dup2(-1, eo_nofile() + 1), EBADF);
}

FT_POINT(good_oldfd_bad_newfd)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_ERRNO(dup2(fd, -1), EBADF);
	FT_ERRNO(dup2(fd, eo_nofile()), EBADF);
}

FT_POINT(open_newfd_kept)
{
	FT_FD int keep = ft_tmpfile("x", NULL);
	int n = eo_closed_fd();
	FT_ERRNO(dup2(n, keep), EBADF);
	FT_TRUE(ft_is_open(keep));
}
