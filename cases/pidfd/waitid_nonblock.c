/*
 * pidfd/waitid_nonblock - waitid(2) on a PID file descriptor follows the
 * descriptor's O_NONBLOCK: on a nonblocking pidfd (PIDFD_NONBLOCK at
 * pidfd_open, or O_NONBLOCK set later with F_SETFL: the flag lives in the
 * open file description) waiting for a child still running fails with
 * EAGAIN at once instead of sleeping (Linux 5.10); once the child has
 * exited the same call reports it.  On a blocking pidfd the call sleeps
 * until the child exits.
 */
#include "pidfd.h"
#include <pthread.h>

FT_CASE("waitid(P_PIDFD) on a nonblocking pidfd of a running child is EAGAIN; a blocking one sleeps",
	"waitid(2) ERRORS (EAGAIN), P_PIDFD (Linux 5.4); pidfd_open(2) PIDFD_NONBLOCK (Linux 5.10)");

static const struct { const char *name; int setfl; } ways[] = {
	{ "pidfd_nonblock", 0 },
	{ "f_setfl", 1 },
};

FT_TABLE(running_child_eagain, ways)
{
	/* both rows need the Linux 5.10 behavior */
	sp_need_pidfd();
	close(FT_NEED_FLAG(sp_pidfd_open(getpid(), PIDFD_NONBLOCK),
			   "PIDFD_NONBLOCK", "Linux 5.10"));
	int wr;
	pid_t pid = sp_parked_child(&wr);
	FT_FD int pidfd = FT_SYS(sp_pidfd_open(pid, row->setfl ? 0 : PIDFD_NONBLOCK));
	if (row->setfl)
		FT_SYS(fcntl(pidfd, F_SETFL, O_NONBLOCK));
	siginfo_t si;
	memset(&si, 0, sizeof si);
	FT_ERRNO(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED), EAGAIN);
	close(wr);
	FT_EQ(ft_poll_in(pidfd, 2000), 1);
	memset(&si, 0, sizeof si);
	FT_SYS(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED));
	FT_EQ(si.si_pid, pid);
	FT_EQ(si.si_code, CLD_EXITED);
	FT_EQ(si.si_status, 0);
}

struct waiter {
	int pidfd;
	pid_t tid;
	int ret;
	siginfo_t si;
	int done[2];
};

static void *wait_thread(void *arg)
{
	struct waiter *w = arg;
	w->tid = (pid_t)syscall(SYS_gettid);
	FT_EQ(write(w->done[1], "t", 1), 1); /* the tid is known */
	w->ret = waitid(P_PIDFD, (id_t)w->pidfd, &w->si, WEXITED);
	FT_EQ(write(w->done[1], "w", 1), 1); /* waitid returned */
	return NULL;
}

FT_POINT(blocking_pidfd_sleeps)
{
	pf_need_waitid_pidfd();
	int wr;
	pid_t pid = sp_parked_child(&wr);
	struct waiter w;
	memset(&w, 0, sizeof w);
	w.pidfd = FT_SYS(sp_pidfd_open(pid, 0));
	ft_pipe(w.done, O_CLOEXEC);
	pthread_t t;
	FT_EQ(pthread_create(&t, NULL, wait_thread, &w), 0);
	char c;
	FT_EQ(read(w.done[0], &c, 1), 1);
	FT_EQ(ft_wait_blocked(w.tid, SYS_waitid, 0), 1);
	FT_EQ(ft_poll_in(w.done[0], 0), 0); /* still waiting */
	close(wr);
	FT_EQ(pthread_join(t, NULL), 0);
	FT_EQ(w.ret, 0);
	FT_EQ(w.si.si_pid, pid);
	FT_EQ(w.si.si_code, CLD_EXITED);
	close(w.pidfd);
	close(w.done[0]);
	close(w.done[1]);
}
