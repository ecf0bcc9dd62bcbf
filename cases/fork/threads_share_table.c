/*
 * fork/threads_share_table - the threads of a process share one
 * descriptor table: a descriptor opened in one thread is valid, under the
 * same number and on the same file, in every other thread, and dup2()
 * in one thread replaces the descriptor for all of them.
 *
 * Cites: pthreads(7) DESCRIPTION (POSIX requires threads to share open
 * file descriptors); clone(2) "The flags mask" (CLONE_FILES, with which
 * the threads of a process are created).
 */
#include "fork.h"

FT_CASE("descriptors opened in one thread are valid in every thread",
	"pthreads(7) DESCRIPTION; clone(2) \"The flags mask\" (CLONE_FILES)");

static pthread_barrier_t bar;
static int shared_fd;

static void *open_t(void *arg)
{
	return (void *)(long)FT_SYS(open("t", O_RDWR | O_CREAT, 0600));
}

FT_POINT(thread_open_seen_by_main)
{
	int fd = (int)(long)fk_in_thread(open_t, NULL);
	FT_TRUE(fk_same_file(fd, "t"));
	FT_EQ(write(fd, "x", 1), 1);
	FT_EQ(close(fd), 0);
}

static void *check_m(void *arg)
{
	pthread_barrier_wait(&bar); /* running */
	pthread_barrier_wait(&bar); /* main has opened "m" */
	FT_TRUE(fk_same_file(shared_fd, "m"));
	FT_EQ(write(shared_fd, "y", 1), 1);
	return NULL;
}

FT_POINT(main_open_seen_by_thread)
{
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t = fk_thread(check_m, NULL);
	pthread_barrier_wait(&bar);
	shared_fd = FT_SYS(open("m", O_RDWR | O_CREAT, 0600));
	pthread_barrier_wait(&bar);
	fk_join(t);
	FT_EQ(close(shared_fd), 0);
}

static int a_fd, b_fd;

static void *dup2_a_b(void *arg)
{
	FT_EQ(dup2(a_fd, b_fd), b_fd);
	return NULL;
}

FT_POINT(dup2_in_thread_seen_by_main)
{
	a_fd = FT_SYS(open("a", O_RDWR | O_CREAT, 0600));
	b_fd = FT_SYS(open("b", O_RDWR | O_CREAT, 0600));
	fk_in_thread(dup2_a_b, NULL);
	FT_TRUE(fk_same_file(b_fd, "a"));
	ft_close(&a_fd);
	ft_close(&b_fd);
}
