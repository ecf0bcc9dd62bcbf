/*
 * errno_order/close_range_no_ebadf - close_range(2) has no EBADF: a
 * range holding only numbers that are not open succeeds (up to ~0U), and
 * with an invalid request (first greater than last, an unknown flag) the
 * error is EINVAL whether or not anything in the range is open; an open
 * descriptor next to the range is untouched.
 *
 * Cites: close_range(2) DESCRIPTION (errors closing a descriptor are
 * ignored) and ERRORS (EINVAL only; Linux 5.9, CLOSE_RANGE_CLOEXEC 5.11).
 */
#include "errno_order.h"

FT_CASE("close_range never reports EBADF; EINVAL decides for bad requests",
	"close_range(2) DESCRIPTION, ERRORS (EINVAL; Linux 5.9)");

static int range(void)
{
	int first = ft_free_run(8);
	FT_NEED_CALL(ft_close_range((unsigned)first, (unsigned)first + 7, 0),
		     "close_range(2)", "Linux 5.9");
	return first;
}

FT_POINT(closed_range_succeeds)
{
	int first = range();
	FT_EQ(ft_close_range((unsigned)first, (unsigned)first + 7, 0), 0);
	FT_EQ(ft_close_range((unsigned)first, (unsigned)first, 0), 0);
}

FT_POINT(closed_range_to_max_succeeds)
{
	int first = range();
	FT_FD int keep = ft_tmpfile("x", NULL); /* the lowest free: below first + 4 */
	FT_LT(keep, first + 4);
	FT_EQ(ft_close_range((unsigned)first + 4, ~0U, 0), 0);
	FT_TRUE(ft_is_open(keep));
}

FT_POINT(reversed_range_einval)
{
	int first = range();
	FT_ERRNO(ft_close_range((unsigned)first + 7, (unsigned)first, 0), EINVAL);
	int t = ft_tmpfile("x", NULL);
	FT_FD int fd = FT_SYS(dup2(t, first + 3));
	close(t);
	FT_ERRNO(ft_close_range((unsigned)first + 7, (unsigned)first, 0), EINVAL);
	FT_TRUE(ft_is_open(fd));
}

FT_POINT(unknown_flag_einval)
{
	int first = range();
	FT_ERRNO(ft_close_range((unsigned)first, (unsigned)first + 7, 1U << 30), EINVAL);
	FT_ERRNO(ft_close_range((unsigned)first + 7, (unsigned)first, 1U << 30), EINVAL);
}
