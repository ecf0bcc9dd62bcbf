/*
 * shim fork_threads_private_table: every thread made by pthread_create()
 * starts by unsharing the descriptor table (unshare(CLONE_FILES)), so it
 * works on a private copy: descriptors opened, closed or re-flagged in
 * one thread are not seen by the others.
 *
 * fdsuite-targets: fork/threads_share_table fork/thread_close_closes_for_all
 * fdsuite-targets: fork/thread_freed_number_reused fork/thread_fd_flags_shared
 * fdsuite-targets: fork/thread_exit_keeps_fds fork/fork_from_thread_copies_whole_table
 * fdsuite-targets: close/close_range_shared_table
 */
#include <dlfcn.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

struct start {
	void *(*fn)(void *);
	void *arg;
};

static void *trampoline(void *p)
{
	struct start s = *(struct start *)p;
	free(p);
	unshare(CLONE_FILES);
	return s.fn(s.arg);
}

int pthread_create(pthread_t *t, const pthread_attr_t *attr,
		   void *(*fn)(void *), void *arg)
{
	static int (*real)(pthread_t *, const pthread_attr_t *,
			   void *(*)(void *), void *);
	if (!real)
		real = (int (*)(pthread_t *, const pthread_attr_t *,
				void *(*)(void *), void *))
			dlsym(RTLD_NEXT, "pthread_create");
	struct start *s = malloc(sizeof *s);
	if (!s)
		return 11; /* EAGAIN */
	s->fn = fn;
	s->arg = arg;
	return real(t, attr, trampoline, s);
}
