/*
 * close/close_range_shared_table - without CLOSE_RANGE_UNSHARE,
 * close_range() acts on the descriptor table the caller shares with the
 * other threads of its process: descriptors it closes, or marks
 * close-on-exec, are closed or marked for every thread.
 *
 * Cites: close_range(2) DESCRIPTION; pthreads(7) DESCRIPTION (threads
 * share open file descriptors); clone(2) CLONE_FILES; Linux 5.9
 * (CLOSE_RANGE_CLOEXEC: 5.11).
 */
#include "close.h"

FT_CASE("close_range in one thread closes for all threads sharing the table",
	"close_range(2) DESCRIPTION; pthreads(7) DESCRIPTION; clone(2) CLONE_FILES (Linux 5.9)");

static int first;

static void *do_range(void *flags)
{
	FT_NEED_FLAG(ft_close_range(first, first + 1, (unsigned)(long)flags),
		     (long)flags ? "close_range CLOSE_RANGE_CLOEXEC"
				 : "close_range",
		     (long)flags ? "Linux 5.11" : "Linux 5.9");
	return NULL;
}

FT_POINT(close_seen_by_other_thread)
{
	first = ft_free_run(3);
	cl_fill(first, 3);
	cl_in_thread(do_range, (void *)0L);
	FT_ERRNO(fcntl(first, F_GETFD), EBADF);
	FT_ERRNO(fcntl(first + 1, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(first + 2));
	close(first + 2);
}

FT_POINT(cloexec_seen_by_other_thread)
{
	first = ft_free_run(3);
	cl_fill(first, 3);
	cl_in_thread(do_range, (void *)(long)CLOSE_RANGE_CLOEXEC);
	FT_EQ(ft_getfd(first), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 1), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 2), 0);
	for (int i = 0; i < 3; i++)
		close(first + i);
}
