/*
 * close/close_range_exact - close_range(first, last, 0) closes every open
 * descriptor from first to last, both ends included, and nothing below
 * first or above last.  A range of one (first == last) closes exactly
 * that descriptor.
 *
 * Cites: close_range(2) DESCRIPTION (Linux 5.9, glibc 2.34).
 */
#include "close.h"

FT_CASE("close_range closes exactly [first, last]",
	"close_range(2) DESCRIPTION (Linux 5.9)");

FT_POINT(inner_range)
{
	int f = ft_free_run(5);
	cl_fill(f, 5);
	FT_NEED_CALL(ft_close_range(f + 1, f + 3, 0), "close_range",
		     "Linux 5.9");
	FT_TRUE(ft_is_open(f));
	for (int i = 1; i <= 3; i++)
		FT_ERRNO(fcntl(f + i, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(f + 4));
	close(f);
	close(f + 4);
}

FT_POINT(single_descriptor)
{
	int f = ft_free_run(3);
	cl_fill(f, 3);
	FT_NEED_CALL(ft_close_range(f + 1, f + 1, 0), "close_range",
		     "Linux 5.9");
	FT_TRUE(ft_is_open(f));
	FT_ERRNO(fcntl(f + 1, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(f + 2));
	close(f);
	close(f + 2);
}

FT_POINT(other_descriptors_untouched)
{
	int before[4096], after[4096];
	int f = ft_free_run(3);
	int nb = ft_list_fds(before, 4096);
	cl_fill(f, 3);
	FT_NEED_CALL(ft_close_range(f, f + 2, 0), "close_range", "Linux 5.9");
	FT_EQ(ft_list_fds(after, 4096), nb);
	FT_MEMEQ(after, before, nb * sizeof(int));
}
