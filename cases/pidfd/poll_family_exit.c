/*
 * pidfd/poll_family_exit - a PID file descriptor reports readable (POLLIN)
 * once its process has terminated, and not while it runs, through every
 * readiness interface: poll, ppoll, select, pselect and epoll_wait.  The
 * "not yet" is a zero-timeout check made while the child is certainly
 * alive (it sleeps reading a pipe only the test can close); the "now"
 * waits with a generous deadline after the pipe is closed.  Axes: the
 * poll family, and a pidfd made by pidfd_open, clone or clone3.
 */
#include "pidfd.h"
#include <sys/epoll.h>
#include <sys/select.h>

FT_CASE("a pidfd is readable through poll, ppoll, select, pselect and epoll once its process exits, not before",
	"pidfd_open(2) NOTES \"Use cases for PID file descriptors\" (Linux 5.3); poll(2); select(2); epoll_wait(2)");

enum { W_POLL, W_PPOLL, W_SELECT, W_PSELECT, W_EPOLL };
static const struct { const char *name; int how; } waits[] = {
	{ "poll", W_POLL }, { "ppoll", W_PPOLL }, { "select", W_SELECT },
	{ "pselect", W_PSELECT }, { "epoll_wait", W_EPOLL },
};

/* 1 if fd reports readable within ms through interface how, else 0. */
static int readable(int how, int fd, int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000L };
	struct pollfd p = { .fd = fd, .events = POLLIN };
	fd_set set;
	FD_ZERO(&set);
	FD_SET(fd, &set);
	int n;
	switch (how) {
	case W_POLL:
		n = FT_SYS(poll(&p, 1, ms));
		return n == 1 && (p.revents & POLLIN);
	case W_PPOLL:
		n = FT_SYS(ppoll(&p, 1, &ts, NULL));
		return n == 1 && (p.revents & POLLIN);
	case W_SELECT:
		n = FT_SYS(select(fd + 1, &set, NULL, NULL, &tv));
		return n == 1 && FD_ISSET(fd, &set);
	case W_PSELECT:
		n = FT_SYS(pselect(fd + 1, &set, NULL, NULL, &ts, NULL));
		return n == 1 && FD_ISSET(fd, &set);
	default: {
		FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
		struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
		FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev));
		struct epoll_event got;
		memset(&got, 0, sizeof got);
		n = FT_SYS(epoll_wait(ep, &got, 1, ms));
		return n == 1 && got.data.fd == fd && (got.events & EPOLLIN);
	}
	}
}

FT_TABLE(ready_after_exit, waits)
{
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(PF_PIDFD_OPEN, 0, &pidfd, &wr);
	FT_EQ(readable(row->how, pidfd, 0), 0);
	ft_close(&wr);
	FT_EQ(readable(row->how, pidfd, ft_scaled_ms(2000)), 1);
	FT_CHILD_OK(pid);
}

/* The pidfd of clone/clone3 behaves the same (checked through poll). */
FT_TABLE(clone_pidfd_ready_after_exit, pf_clone_makers)
{
	FT_FD int pidfd = -1, wr = -1;
	pid_t pid = pf_parked(row->how, 0, &pidfd, &wr);
	FT_EQ(readable(W_POLL, pidfd, 0), 0);
	ft_close(&wr);
	FT_EQ(readable(W_POLL, pidfd, ft_scaled_ms(2000)), 1);
	FT_CHILD_OK(pid);
}
