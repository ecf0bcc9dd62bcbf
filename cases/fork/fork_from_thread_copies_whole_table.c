/*
 * fork/fork_from_thread_copies_whole_table - fork() called from a
 * secondary thread copies the process's whole descriptor table into the
 * child: descriptors opened by the main thread, before or after the
 * thread started, are there as well as the thread's own.
 *
 * Cites: fork(2) DESCRIPTION (the child is created with a single thread
 * but inherits copies of the parent's open file descriptors);
 * pthreads(7) DESCRIPTION; POSIX fork(3p).
 */
#include "fork.h"

FT_CASE("fork in a thread copies every descriptor of the process",
	"fork(2) DESCRIPTION; pthreads(7) DESCRIPTION; POSIX fork(3p)");

static pthread_barrier_t bar;
static int a, c;

static void *fork_here(void *arg)
{
	int b = FT_SYS(open("b", O_RDWR | O_CREAT, 0600));
	pthread_barrier_wait(&bar); /* "b" is open */
	pthread_barrier_wait(&bar); /* main has opened "c" */
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_TRUE(fk_same_file(a, "a"));
		FT_TRUE(fk_same_file(b, "b"));
		FT_TRUE(fk_same_file(c, "c"));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	close(b);
	return NULL;
}

FT_POINT(child_has_all_threads_fds)
{
	a = FT_SYS(open("a", O_RDWR | O_CREAT, 0600));
	pthread_barrier_init(&bar, NULL, 2);
	pthread_t t = fk_thread(fork_here, NULL);
	pthread_barrier_wait(&bar);
	c = FT_SYS(open("c", O_RDWR | O_CREAT, 0600));
	pthread_barrier_wait(&bar);
	fk_join(t);
	ft_close(&a);
	ft_close(&c);
}
