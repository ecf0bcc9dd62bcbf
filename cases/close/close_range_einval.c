/*
 * close/close_range_einval - close_range() rejects first > last and any
 * flag bit it does not know with EINVAL, and then closes nothing.
 *
 * Cites: close_range(2) ERRORS (EINVAL); Linux 5.9.
 */
#include "close.h"

FT_CASE("close_range with first > last or an unknown flag is EINVAL",
	"close_range(2) ERRORS (Linux 5.9)");

FT_POINT(first_above_last)
{
	int f = ft_free_run(4);
	cl_fill(f, 3);
	FT_NEED_CALL(ft_close_range(f + 3, f + 3, 0), "close_range",
		     "Linux 5.9");
	FT_ERRNO(ft_close_range(f + 2, f, 0), EINVAL);
	for (int i = 0; i < 3; i++)
		FT_TRUE(ft_is_open(f + i));
	for (int i = 0; i < 3; i++)
		close(f + i);
}

FT_POINT(unknown_flag)
{
	int f = ft_free_run(3);
	cl_fill(f, 2);
	FT_NEED_CALL(ft_close_range(f + 2, f + 2, 0), "close_range",
		     "Linux 5.9");
	FT_ERRNO(ft_close_range(f, f + 1, 1U << 30), EINVAL);
	FT_TRUE(ft_is_open(f));
	FT_TRUE(ft_is_open(f + 1));
	FT_EQ(ft_getfd(f), 0);
	close(f);
	close(f + 1);
}
