/*
 * close.h - helpers shared by the cases under cases/close/.
 */
#ifndef CASES_CLOSE_H
#define CASES_CLOSE_H

#include "fdtest.h"
#include <pthread.h>
#include <sys/syscall.h>

#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* close_range(2) as applications call it: the libc wrapper where the C
   library has one (glibc 2.34), else the raw system call (musl has no
   wrapper). */
static inline int cl_close_range(unsigned first, unsigned last, unsigned flags)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
	return close_range(first, last, flags);
#else
	return (int)syscall(SYS_close_range, first, last, flags);
#endif
}

/* The first of n consecutive free descriptor numbers below the soft
   RLIMIT_NOFILE, preferably above every descriptor open now, so that a
   range starting there holds only what the point puts in it. */
static inline int cl_free_run(int n)
{
	static int fds[4096];
	int k = ft_list_fds(fds, 4096);
	long lim = sysconf(_SC_OPEN_MAX);
	int first = k ? fds[k - 1] + 1 : 0;
	if (lim > 0 && first + n > lim)
		for (first = 0; first + n <= lim; first++) {
			int i = 0;
			while (i < n && !ft_is_open(first + i))
				i++;
			if (i == n)
				break;
		}
	if (lim > 0 && first + n > lim)
		FT_FAIL("no %d consecutive free descriptor numbers below %ld", n,
			lim);
	return first;
}

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
