/*
 * fork/thread_close_closes_for_all - since threads share one descriptor
 * table, close() in any thread closes the descriptor for the whole
 * process: the other threads then get EBADF for that number, whatever
 * the type of descriptor.
 *
 * Cites: pthreads(7) DESCRIPTION (threads share open file descriptors);
 * clone(2) "The flags mask" (CLONE_FILES: a close in one is seen by the
 * other); close(2) NOTES "Multithreaded processes and close()".
 */
#include "fork.h"

FT_CASE("close in one thread closes the descriptor for all threads",
	"pthreads(7) DESCRIPTION; clone(2) \"The flags mask\" (CLONE_FILES); close(2) NOTES");

static pthread_barrier_t bar;
static int fd;

static void *close_fd(void *arg)
{
	FT_EQ(close(fd), 0);
	return NULL;
}

FT_POINT(thread_close_seen_by_main)
{
	fd = ft_tmpfile("abc", NULL);
	fk_in_thread(close_fd, NULL);
	FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
	FT_ERRNO(close(fd), EBADF);
}

static void *check_closed(void *arg)
{
	char c;
	pthread_barrier_wait(&bar); /* running */
	pthread_barrier_wait(&bar); /* main has closed fd */
	FT_ERRNO(read(fd, &c, 1), EBADF);
	FT_ERRNO(close(fd), EBADF);
	return NULL;
}

FT_POINT(main_close_seen_by_thread)
{
	fd = ft_tmpfile("abc", NULL);
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t = fk_thread(check_closed, NULL);
	pthread_barrier_wait(&bar);
	FT_EQ(close(fd), 0);
	pthread_barrier_wait(&bar);
	fk_join(t);
}

FT_TABLE(thread_close_for, ft_fd_kinds)
{
	fd = row->open();
	fk_in_thread(close_fd, NULL);
	FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
}
