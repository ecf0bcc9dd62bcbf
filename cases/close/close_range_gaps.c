/*
 * close/close_range_gaps - close_range() skips numbers in the range that
 * are not open: it succeeds, closes the open descriptors among them and
 * leaves the free numbers free; a range that holds no open descriptor at
 * all is not an error.
 *
 * Cites: close_range(2) DESCRIPTION ("closes all open file descriptors
 * from first to last"), RETURN VALUE; Linux 5.9.
 */
#include "close.h"

FT_CASE("close_range over a range with gaps closes the open ones and succeeds",
	"close_range(2) DESCRIPTION, RETURN VALUE (Linux 5.9)");

FT_POINT(holes_in_range)
{
	int f = ft_free_run(5);
	cl_fill(f, 1); /* f + 1 stays free */
	cl_fill(f + 2, 3);
	FT_EQ(FT_NEED_CALL(ft_close_range(f, f + 3, 0), "close_range",
			   "Linux 5.9"), 0);
	for (int i = 0; i <= 3; i++)
		FT_ERRNO(fcntl(f + i, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(f + 4));
	close(f + 4);
}

FT_POINT(range_with_nothing_open)
{
	int before[4096], after[4096];
	int f = ft_free_run(4);
	int nb = ft_list_fds(before, 4096);
	FT_EQ(FT_NEED_CALL(ft_close_range(f, f + 3, 0), "close_range",
			   "Linux 5.9"), 0);
	FT_EQ(ft_list_fds(after, 4096), nb);
	FT_MEMEQ(after, before, nb * sizeof(int));
}

FT_POINT(range_beyond_table)
{
	int before[4096], after[4096];
	int f = ft_free_run(1);
	int nb = ft_list_fds(before, 4096);
	FT_EQ(FT_NEED_CALL(ft_close_range(f + 100000, f + 200000, 0),
			   "close_range", "Linux 5.9"), 0);
	FT_EQ(ft_list_fds(after, 4096), nb);
	FT_MEMEQ(after, before, nb * sizeof(int));
}
