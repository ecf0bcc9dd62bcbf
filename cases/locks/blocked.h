/*
 * blocked.h - a thread of this process that waits in a lock call, and the
 * proof that it is asleep there: its /proc/self/task/TID/stat state is
 * 'S', in that system call where /proc/self/task/TID/syscall shows it,
 * while it has not returned (ft_wait_blocked).
 */
#ifndef LOCKS_BLOCKED_H
#define LOCKS_BLOCKED_H
#include "locks.h"
#include <pthread.h>

struct lk_waiter {
	int fd;        /* the descriptor the thread locks through */
	int cmd;       /* F_SETLKW or F_OFD_SETLKW; 0 for flock(LOCK_EX) */
	pid_t tid;     /* set by the thread */
	int ready[2];  /* the thread writes one byte here just before the call */
	int result;    /* the call's return value */
	int err;       /* its errno */
	int done[2];   /* the thread writes one byte here when it returns */
	pthread_t thread;
};

static void *lk_waiter_run_(void *arg)
{
	struct lk_waiter *w = arg;
	w->tid = (pid_t)syscall(SYS_gettid);
	FT_EQ(write(w->ready[1], "r", 1), 1);
	int r = w->cmd ? lk_set(w->fd, w->cmd, F_WRLCK, 0, 10)
		       : flock(w->fd, LOCK_EX);
	w->err = errno;
	w->result = r;
	FT_EQ(write(w->done[1], "d", 1), 1);
	return NULL;
}

/* Start a thread that takes a write lock on bytes 0..9 of fd with cmd (or
   flock when cmd is 0). */
static inline void lk_waiter_start(struct lk_waiter *w, int fd, int cmd)
{
	memset(w, 0, sizeof *w);
	w->fd = fd;
	w->cmd = cmd;
	FT_SYS(pipe2(w->done, O_CLOEXEC));
	FT_SYS(pipe2(w->ready, O_CLOEXEC));
	int e = pthread_create(&w->thread, NULL, lk_waiter_run_, w);
	if (e)
		ft_fail_(__FILE__, __LINE__, "pthread_create", "0", "error", e, NULL);
}

/* Wait until the waiter is asleep in its call (ft_wait_blocked: state 'S'
   in that system call), and check it has not returned. */
static inline void lk_waiter_blocked(struct lk_waiter *w)
{
	char c;
	FT_EQ(read(w->ready[0], &c, 1), 1); /* written just before the call */
	FT_EQ(ft_wait_blocked(w->tid, w->cmd ? FT_NR_FCNTL : SYS_flock, 2000), 1);
	FT_EQ(ft_poll_in(w->done[0], 0), 0);
}

/* The waiter returns (within the watchdog) with its lock granted. */
static inline void lk_waiter_granted(struct lk_waiter *w)
{
	FT_EQ(ft_poll_in(w->done[0], 3000), 1);
	pthread_join(w->thread, NULL);
	errno = w->err;
	FT_EQ(w->result, 0);
	close(w->done[0]);
	close(w->done[1]);
	close(w->ready[0]);
	close(w->ready[1]);
}

#endif
