/*
 * fork.h - helpers shared by the cases under cases/fork/.
 */
#ifndef CASES_FORK_H
#define CASES_FORK_H

#include "fdtest.h"
#include <pthread.h>
#include <sched.h>

/* Start fn(arg) in a new thread of this process. */
static inline pthread_t fk_thread(void *(*fn)(void *), void *arg)
{
	pthread_t t;
	int e = pthread_create(&t, NULL, fn, arg);
	if (e)
		ft_fail_(__FILE__, __LINE__, "pthread_create", "0", "error", e,
			 NULL);
	return t;
}

static inline void *fk_join(pthread_t t)
{
	void *ret;
	pthread_join(t, &ret);
	return ret;
}

/* Run fn(arg) in a new thread and wait for it; returns what fn returned. */
static inline void *fk_in_thread(void *(*fn)(void *), void *arg)
{
	return fk_join(fk_thread(fn, arg));
}

/* clone(2) through the glibc wrapper: a child process (SIGCHLD on exit,
   so ft_wait works) running fn(arg) on a stack of its own, with the
   extra flags given (CLONE_FILES or 0). */
static inline pid_t fk_clone(int (*fn)(void *), void *arg, int flags)
{
	static char stack[256 * 1024] __attribute__((aligned(16)));
	fflush(NULL);
	pid_t pid = clone(fn, stack + sizeof stack, flags | SIGCHLD, arg);
	if (pid == -1)
		ft_fail_(__FILE__, __LINE__, "clone", "success", "-1", errno,
			 NULL);
	return pid;
}

/* Same file: device and inode of fd equal those of path. */
static inline int fk_same_file(int fd, const char *path)
{
	struct stat a, b;
	return fstat(fd, &a) == 0 && stat(path, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

#endif
