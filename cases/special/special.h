/*
 * special.h - helpers shared by the cases under cases/special/ (event and
 * special descriptors: eventfd, timerfd, signalfd, inotify, memfd, pidfd).
 */
#ifndef SPECIAL_H
#define SPECIAL_H
#include "fdtest.h"
#include <limits.h>
#include <sys/inotify.h>
#include <sys/syscall.h>

/* The 8-byte counter read and write of eventfd and timerfd. */
static inline uint64_t sp_read_u64(int fd)
{
	uint64_t v = 0;
	FT_EQ(read(fd, &v, sizeof v), sizeof v);
	return v;
}

static inline void sp_write_u64(int fd, uint64_t v)
{
	FT_EQ(write(fd, &v, sizeof v), sizeof v);
}

/* Block sig in the calling thread (signalfd needs it blocked). */
static inline void sp_block(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	FT_SYS(sigprocmask(SIG_BLOCK, &s, NULL));
}

/* pidfd_* calls: glibc has wrappers since 2.36; elsewhere (older glibc,
   musl) there is none, so the raw system call is the only way. */
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 36)
#include <sys/pidfd.h>
#define sp_pidfd_open(pid, flags) pidfd_open((pid), (flags))
#define sp_pidfd_getfd(pfd, fd, flags) pidfd_getfd((pfd), (fd), (flags))
#define sp_pidfd_send_signal(pfd, sig, info, flags) \
	pidfd_send_signal((pfd), (sig), (info), (flags))
#else
#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK
#endif
static inline int sp_pidfd_open(pid_t pid, unsigned flags)
{
	return (int)syscall(SYS_pidfd_open, pid, flags);
}
static inline int sp_pidfd_getfd(int pfd, int fd, unsigned flags)
{
	return (int)syscall(SYS_pidfd_getfd, pfd, fd, flags);
}
static inline int sp_pidfd_send_signal(int pfd, int sig, siginfo_t *info,
				       unsigned flags)
{
	return (int)syscall(SYS_pidfd_send_signal, pfd, sig, info, flags);
}
#endif

/* Skip the point unless pidfd_open works here (Linux 5.3); call it before
   forking so that a skip leaves no child behind. */
static inline void sp_need_pidfd(void)
{
	close(FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3"));
}

/* The same for pidfd_send_signal (Linux 5.1; probed with signal 0 to the
   caller) and pidfd_getfd (Linux 5.6; probed on one of the caller's fds). */
static inline void sp_need_pidfd_send_signal(void)
{
	int p = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	FT_NEED_CALL(sp_pidfd_send_signal(p, 0, NULL, 0), "pidfd_send_signal",
		     "Linux 5.1");
	close(p);
}

static inline void sp_need_pidfd_getfd(void)
{
	int p = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	close(FT_NEED_CALL(sp_pidfd_getfd(p, p, 0), "pidfd_getfd", "Linux 5.6"));
	close(p);
}

/* A child that stays alive until the caller closes *wr (the write end of
   a pipe the child reads to EOF), then exits 0.  Reap it with FT_CHILD_OK. */
static inline pid_t sp_parked_child(int *wr)
{
	int p[2];
	FT_SYS(pipe(p));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		close(p[1]);
		while (read(p[0], &c, 1) == -1 && errno == EINTR)
			;
		_exit(0);
	}
	close(p[0]);
	*wr = p[1];
	return pid;
}

/* Read every queued inotify event from a nonblocking inotify fd; stores
   the masks in order and returns how many there were. */
static inline int sp_inotify_masks(int ifd, uint32_t *masks, int max)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	int n = 0;
	for (;;) {
		ssize_t r = read(ifd, buf, sizeof buf);
		if (r == -1 && errno == EAGAIN)
			return n;
		FT_GT(r, 0);
		for (char *p = buf; p < buf + r;) {
			struct inotify_event *ev = (struct inotify_event *)p;
			if (n < max)
				masks[n++] = ev->mask;
			p += sizeof *ev + ev->len;
		}
	}
}

/* Index of the first event at or after from whose mask has bit, or -1. */
static inline int sp_find_event(const uint32_t *masks, int n, int from,
				uint32_t bit)
{
	for (int i = from; i < n; i++)
		if (masks[i] & bit)
			return i;
	return -1;
}

#endif
