/*
 * fork/thread_freed_number_reused - descriptor numbers are allocated from
 * the one table all threads share: a number freed by close() in one
 * thread is the lowest free number for the next open in another thread,
 * and a number taken in one thread is skipped by an open in another.
 *
 * Cites: pthreads(7) DESCRIPTION; open(2) DESCRIPTION (the lowest-numbered
 * descriptor not currently open for the process); close(2) NOTES
 * "Multithreaded processes and close()" (a number may be reused).
 */
#include "fork.h"

FT_CASE("threads allocate descriptor numbers from one shared table",
	"pthreads(7) DESCRIPTION; open(2) DESCRIPTION; close(2) NOTES");

static int fd;

static void *close_fd(void *arg)
{
	FT_EQ(close(fd), 0);
	return NULL;
}

FT_POINT(freed_in_thread_reused_by_main)
{
	int low = ft_lowest_free();
	fd = FT_SYS(open("old", O_RDWR | O_CREAT, 0600));
	FT_EQ(fd, low);
	fk_in_thread(close_fd, NULL);
	FT_FD int again = FT_SYS(open("new", O_RDWR | O_CREAT, 0600));
	FT_EQ(again, low);
	FT_TRUE(fk_same_file(again, "new"));
}

static void *open_t(void *arg)
{
	return (void *)(long)FT_SYS(open("t", O_RDWR | O_CREAT, 0600));
}

FT_POINT(taken_in_thread_skipped_by_main)
{
	int low = ft_lowest_free();
	FT_FD int t = (int)(long)fk_in_thread(open_t, NULL);
	FT_EQ(t, low);
	FT_FD int m = FT_SYS(open("m", O_RDWR | O_CREAT, 0600));
	FT_NE(m, t);
	FT_TRUE(fk_same_file(t, "t"));
}
