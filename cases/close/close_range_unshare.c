/*
 * close/close_range_unshare - CLOSE_RANGE_UNSHARE gives the calling
 * thread a private copy of the descriptor table before closing: the
 * range is closed in the caller only, another thread that shared the
 * table keeps those descriptors, and later opens and closes in the
 * caller no longer reach the other thread.  In a process that shares
 * its table with nobody it simply closes the range.
 *
 * Cites: close_range(2) DESCRIPTION (CLOSE_RANGE_UNSHARE), NOTES
 * "Closing file descriptors before exec" (equivalent to
 * unshare(CLONE_FILES) then close_range); unshare(2) CLONE_FILES;
 * Linux 5.9.
 */
#include "close.h"

FT_CASE("close_range CLOSE_RANGE_UNSHARE closes in the caller's private copy only",
	"close_range(2) DESCRIPTION (CLOSE_RANGE_UNSHARE), NOTES \"Closing file descriptors before exec\"; unshare(2) (Linux 5.9)");

static int first;

static void *unshare_close(void *arg)
{
	FT_NEED_FLAG(ft_close_range(first, first + 1, CLOSE_RANGE_UNSHARE),
		     "close_range CLOSE_RANGE_UNSHARE", "Linux 5.9");
	FT_ERRNO(fcntl(first, F_GETFD), EBADF);
	FT_ERRNO(fcntl(first + 1, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(first + 2));
	if (arg) { /* later changes stay private to this thread */
		FT_EQ(close(first + 2), 0);
		int fd = FT_SYS(open("private", O_RDWR | O_CREAT, 0600));
		return (void *)(long)fd;
	}
	return NULL;
}

FT_POINT(other_thread_keeps_range)
{
	first = ft_free_run(3);
	cl_fill(first, 3);
	cl_in_thread(unshare_close, NULL);
	for (int i = 0; i < 3; i++)
		FT_TRUE(ft_is_open(first + i));
	for (int i = 0; i < 3; i++)
		FT_EQ(close(first + i), 0);
}

FT_POINT(later_changes_stay_private)
{
	first = ft_free_run(3);
	cl_fill(first, 3);
	int opened = (int)(long)cl_in_thread(unshare_close, (void *)1);
	FT_TRUE(ft_is_open(first + 2));
	/* the thread's table, and the file it opened there, went away with
	   the thread; the number may be in use here for something else */
	struct stat a, b;
	FT_SYS(stat("private", &b));
	FT_TRUE(!ft_is_open(opened) || (fstat(opened, &a) == 0 &&
					 a.st_ino != b.st_ino));
	for (int i = 0; i < 3; i++)
		FT_EQ(close(first + i), 0);
}

FT_POINT(unshared_process_just_closes)
{
	int f = ft_free_run(3);
	cl_fill(f, 3);
	FT_NEED_FLAG(ft_close_range(f, f + 1, CLOSE_RANGE_UNSHARE),
		     "close_range CLOSE_RANGE_UNSHARE", "Linux 5.9");
	FT_ERRNO(fcntl(f, F_GETFD), EBADF);
	FT_ERRNO(fcntl(f + 1, F_GETFD), EBADF);
	FT_TRUE(ft_is_open(f + 2));
	close(f + 2);
}
