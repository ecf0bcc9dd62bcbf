/*
 * blocked.h - a thread of this process that waits in a lock call, and the
 * proof that it is asleep there: its /proc/self/task/TID/stat state is
 * 'S', in that system call where /proc/self/task/TID/syscall shows it,
 * while it has not returned.  (Kept here, next to the locks cases that
 * use it; a case-library function may replace lk_wait_blocked.)
 */
#ifndef LOCKS_BLOCKED_H
#define LOCKS_BLOCKED_H
#include "locks.h"
#include <pthread.h>

struct lk_waiter {
	int fd;        /* the descriptor the thread locks through */
	int cmd;       /* F_SETLKW or F_OFD_SETLKW; 0 for flock(LOCK_EX) */
	pid_t tid;     /* set by the thread */
	int started;   /* set just before the blocking call */
	int result;    /* the call's return value */
	int err;       /* its errno */
	int done[2];   /* the thread writes one byte here when it returns */
	pthread_t thread;
};

static void *lk_waiter_run_(void *arg)
{
	struct lk_waiter *w = arg;
	__atomic_store_n(&w->tid, (pid_t)syscall(SYS_gettid), __ATOMIC_SEQ_CST);
	__atomic_store_n(&w->started, 1, __ATOMIC_SEQ_CST);
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
	int e = pthread_create(&w->thread, NULL, lk_waiter_run_, w);
	if (e)
		ft_fail_(__FILE__, __LINE__, "pthread_create", "0", "error", e, NULL);
}

/* Whether /proc/self/task/TID/syscall names system call nr; -1 where that
   file cannot be read (no /proc, or a kernel or runtime without it). */
static inline int lk_in_syscall(pid_t tid, long nr)
{
	char path[64], text[256];
	snprintf(path, sizeof path, "/proc/self/task/%d/syscall", (int)tid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return -1;
	ssize_t n = read(fd, text, sizeof text - 1);
	close(fd);
	if (n <= 0)
		return -1;
	text[n] = 0;
	return strtol(text, NULL, 10) == nr;
}

/* The thread tid of this process sleeps (state 'S') in system call nr
   (checked where /proc/self/task/TID/syscall can be read); waits up to
   about timeout_ms for it to get there.  Skips where /proc cannot show
   the thread's state. */
static inline void lk_wait_blocked(pid_t tid, long nr, int timeout_ms)
{
	char path[64], st[512];
	snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
	if (access(path, R_OK) != 0)
		FT_SKIP("needs /proc/self/task/TID/stat to see the waiter sleep");
	for (int i = 0; i < ft_scaled_ms(timeout_ms); i++) {
		ft_read_file(path, st, sizeof st);
		char *e = strrchr(st, ')');
		if (e && e[1] == ' ' && e[2] == 'S' && lk_in_syscall(tid, nr) != 0)
			return;
		ft_msleep(1);
	}
	FT_FAIL("thread %d never went to sleep in its lock call", (int)tid);
}

/* Wait until the waiter is asleep in its call, and check it has not
   returned. */
static inline void lk_waiter_blocked(struct lk_waiter *w)
{
	while (!__atomic_load_n(&w->started, __ATOMIC_SEQ_CST))
		ft_msleep(1);
	lk_wait_blocked(__atomic_load_n(&w->tid, __ATOMIC_SEQ_CST),
			w->cmd ? SYS_fcntl : SYS_flock, 2000);
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
}

#endif
