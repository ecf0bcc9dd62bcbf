/*
 * close/close_range_to_max - close_range(first, ~0U, 0) is accepted and
 * closes every descriptor numbered first or higher, whatever the size of
 * the table, while those below first stay open.
 *
 * Cites: close_range(2) DESCRIPTION and NOTES "Closing file descriptors
 * before exec" (the ~0U idiom); Linux 5.9.
 */
#include "close.h"

FT_CASE("close_range(first, ~0U) closes everything from first up",
	"close_range(2) DESCRIPTION; NOTES \"Closing file descriptors before exec\" (Linux 5.9)");

/* In a child, so that descriptors the environment left above first are
   closed there only. */
FT_POINT(closes_all_from_first)
{
	int f = ft_free_run(4);
	pid_t pid = ft_fork();
	if (pid == 0) {
		int below[4096], after[4096];
		int nb = 0, n;
		n = ft_list_fds(after, 4096);
		for (int i = 0; i < n; i++)
			if (after[i] < f)
				below[nb++] = after[i];
		cl_fill(f, 1);
		cl_fill(f + 2, 2);
		FT_NEED_CALL(ft_close_range(f, ~0U, 0), "close_range",
			     "Linux 5.9");
		n = ft_list_fds(after, 4096);
		FT_EQ(n, nb);
		FT_MEMEQ(after, below, nb * sizeof(int));
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(first_zero_empties_table)
{
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fds[16];
		int fd = ft_tmpfile("x", NULL);
		FT_NEED_CALL(ft_close_range(0, ~0U, 0), "close_range",
			     "Linux 5.9");
		FT_FALSE(ft_is_open(fd));
		FT_EQ(ft_list_fds(fds, 16), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}
