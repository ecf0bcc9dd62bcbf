/*
 * async/sigio_to_thread_or_process - F_SETOWN_EX chooses whom the I/O
 * signal is sent to: F_OWNER_TID directs it at one thread (it is pending
 * for that thread only, not for the process), F_OWNER_PID at the whole
 * process (any thread may take it), F_OWNER_PGRP at every process of
 * the group.  The signal is blocked in every thread and collected with
 * sigtimedwait, which takes what is pending for the calling thread or
 * for its process.
 */
#include "async.h"

FT_CASE("F_SETOWN_EX sends the I/O signal to a thread, a process or a process group",
	"fcntl(2) \"Managing signals\" (F_SETOWN_EX: F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP; Linux 2.6.32)");

struct waiter {
	int go[2];     /* main -> thread: the write happened */
	pid_t tid;
	int took;      /* what the thread's zero-timeout take found */
	int ready[2];  /* thread -> main: tid is known */
};

static void *thread_main(void *arg)
{
	struct waiter *w = arg;
	char c;
	w->tid = async_gettid();
	FT_EQ(write(w->ready[1], "r", 1), 1);
	FT_EQ(read(w->go[0], &c, 1), 1);
	w->took = async_take(SIGIO, NULL, 0);
	return NULL;
}

/* Starts a thread (SIGIO blocked in both), directs the pipe's signal per
   type, writes, and returns what the main thread and the other thread
   found pending: main_took + 2 * thread_took. */
static int who_got_it(int type)
{
	FT_FDS int p[2] = FT_NO_FDS, go[2] = FT_NO_FDS, ready[2] = FT_NO_FDS;
	struct waiter w = { .took = -1 };
	pthread_t t;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	ft_pipe(go, O_CLOEXEC);
	ft_pipe(ready, O_CLOEXEC);
	w.go[0] = go[0];
	w.ready[1] = ready[1];
	FT_EQ(pthread_create(&t, NULL, thread_main, &w), 0);
	char c;
	FT_EQ(read(ready[0], &c, 1), 1);
	async_setown_ex(p[0], type, type == F_OWNER_TID ? w.tid : getpid());
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_ASYNC));
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1); /* the signal was sent with the write */
	int main_took = async_take(SIGIO, NULL, 0);
	FT_EQ(write(go[1], "g", 1), 1);
	FT_EQ(pthread_join(t, NULL), 0);
	return main_took + 2 * w.took;
}

FT_POINT(owner_tid_only_that_thread)
{
	/* the main thread finds nothing; the named thread finds it */
	FT_EQ(who_got_it(F_OWNER_TID), 2);
}

FT_POINT(owner_pid_whole_process)
{
	/* process-directed: the main thread takes it first */
	FT_EQ(who_got_it(F_OWNER_PID), 1);
}

static const struct {
	const char *name;
	int ex; /* F_SETOWN_EX F_OWNER_PGRP, else F_SETOWN with -pgrp */
} group_rows[] = {
	{ "setown_ex_pgrp", 1 },
	{ "setown_negative", 0 },
};

/* A child (in the point's process group, SIGIO blocked) that waits for
   SIGIO and exits 0 once it came; returns when it is ready. */
static pid_t child_awaiting_sigio(void)
{
	FT_FDS int ready[2] = FT_NO_FDS;
	ft_pipe(ready, O_CLOEXEC);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(write(ready[1], "r", 1), 1);
		ASYNC_COMES(SIGIO, NULL);
		_exit(0);
	}
	char c;
	FT_EQ(read(ready[0], &c, 1), 1);
	return pid;
}

FT_TABLE(group_owner_every_member, group_rows)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	pid_t pid = child_awaiting_sigio();
	FT_EQ(getpgid(pid), getpgrp());
	if (row->ex)
		async_setown_ex(p[0], F_OWNER_PGRP, getpgrp());
	else
		FT_SYS(fcntl(p[0], F_SETOWN, -getpgrp()));
	FT_SYS(fcntl(p[0], F_SETFL, ft_getfl(p[0]) | O_ASYNC));
	FT_EQ(write(p[1], "x", 1), 1);
	ASYNC_COMES(SIGIO, NULL);
	FT_CHILD_OK(pid); /* its ASYNC_COMES passed */
}

/* A process owner that is not the caller: only the child gets it. */
FT_POINT(owner_other_process_not_caller)
{
	FT_FDS int p[2] = FT_NO_FDS;
	async_block(SIGIO);
	ft_pipe(p, O_CLOEXEC);
	pid_t pid = child_awaiting_sigio();
	async_arm(p[0], pid);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(ft_poll_in(p[0], 0), 1);
	FT_CHILD_OK(pid);
	ASYNC_NONE(SIGIO);
}
