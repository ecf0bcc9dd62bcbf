/*
 * close/close_range_cloexec_unshare - CLOSE_RANGE_CLOEXEC together with
 * CLOSE_RANGE_UNSHARE marks the range close-on-exec in the caller's new
 * private table only: the descriptors stay open in both threads, and the
 * thread that shared the table before sees its flags unchanged.
 *
 * Cites: close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC since Linux
 * 5.11, CLOSE_RANGE_UNSHARE); fcntl(2) "File descriptor flags".
 */
#include "close.h"

FT_CASE("CLOSE_RANGE_CLOEXEC|CLOSE_RANGE_UNSHARE marks only the caller's copy",
	"close_range(2) DESCRIPTION (CLOSE_RANGE_CLOEXEC Linux 5.11, CLOSE_RANGE_UNSHARE); fcntl(2) \"File descriptor flags\"");

static int first;

static void *mark_private(void *arg)
{
	FT_NEED_FLAG(ft_close_range(first, first + 1,
				    CLOSE_RANGE_CLOEXEC | CLOSE_RANGE_UNSHARE),
		     "close_range CLOSE_RANGE_CLOEXEC", "Linux 5.11");
	FT_EQ(ft_getfd(first), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 1), FD_CLOEXEC);
	FT_EQ(ft_getfd(first + 2), 0);
	return NULL;
}

FT_POINT(other_thread_flags_unchanged)
{
	first = ft_free_run(3);
	cl_fill(first, 3);
	cl_in_thread(mark_private, NULL);
	for (int i = 0; i < 3; i++)
		FT_EQ(ft_getfd(first + i), 0);
	for (int i = 0; i < 3; i++)
		FT_EQ(close(first + i), 0);
}
