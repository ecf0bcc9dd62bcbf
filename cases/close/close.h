/*
 * close.h - helpers shared by the cases under cases/close/.
 */
#ifndef CASES_CLOSE_H
#define CASES_CLOSE_H

#include "fdtest.h"
#include <pthread.h>
#include <sys/syscall.h>

/* Open count descriptors on one scratch file at first .. first+count-1
   (the numbers must be free). */
static inline void cl_fill(int first, int count)
{
	int base = ft_tmpfile("data", NULL);
	if (base >= first && base < first + count) { /* in the way */
		int above = FT_SYS(fcntl(base, F_DUPFD, first + count));
		close(base);
		base = above;
	}
	for (int i = 0; i < count; i++)
		FT_EQ(dup2(base, first + i), first + i);
	close(base);
}

/* Run fn(arg) in a new thread of this process (sharing its descriptor
   table) and wait for it; returns what fn returned. */
static inline void *cl_in_thread(void *(*fn)(void *), void *arg)
{
	pthread_t t;
	void *ret;
	int e = pthread_create(&t, NULL, fn, arg);
	if (e)
		ft_fail_(__FILE__, __LINE__, "pthread_create", "0", "error", e,
			 NULL);
	pthread_join(t, &ret);
	return ret;
}

#endif
