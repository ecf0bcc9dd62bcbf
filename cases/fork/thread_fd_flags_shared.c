/*
 * fork/thread_fd_flags_shared - descriptor flags live in the shared
 * table, so FD_CLOEXEC set or cleared with F_SETFD in one thread is what
 * every other thread reads with F_GETFD.
 *
 * Cites: clone(2) "The flags mask" (CLONE_FILES: changing the flags with
 * F_SETFD in one affects the other); pthreads(7) DESCRIPTION; fcntl(2)
 * "File descriptor flags".
 */
#include "fork.h"

FT_CASE("FD_CLOEXEC set in one thread is seen by the others",
	"clone(2) \"The flags mask\" (CLONE_FILES); pthreads(7) DESCRIPTION; fcntl(2) \"File descriptor flags\"");

static pthread_barrier_t bar;
static int fd;

static void *set_cloexec(void *arg)
{
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	return NULL;
}

FT_POINT(thread_set_seen_by_main)
{
	fd = ft_tmpfile(NULL, NULL);
	fk_in_thread(set_cloexec, NULL);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	ft_close(&fd);
}

static void *check_cleared(void *arg)
{
	pthread_barrier_wait(&bar); /* running */
	pthread_barrier_wait(&bar); /* main has cleared the flag */
	FT_EQ(ft_getfd(fd), 0);
	return NULL;
}

FT_POINT(main_clear_seen_by_thread)
{
	fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t = fk_thread(check_cleared, NULL);
	pthread_barrier_wait(&bar);
	FT_SYS(fcntl(fd, F_SETFD, 0));
	pthread_barrier_wait(&bar);
	fk_join(t);
	ft_close(&fd);
}
