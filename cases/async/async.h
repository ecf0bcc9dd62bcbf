/*
 * async.h - functions shared by the cases in cases/async/: signal-driven
 * I/O (F_SETOWN, O_ASYNC, F_SETSIG), leases and dnotify.  The signals the
 * points expect are blocked first and collected with sigtimedwait(2), so
 * a signal is never lost to a default action and "not sent" is a
 * zero-timeout wait made after the event certainly happened.
 */
#ifndef CASES_ASYNC_H
#define CASES_ASYNC_H

#include "fdtest.h"
#include <pthread.h>
#include <time.h>

/* Older headers (musl 1.2 without _GNU_SOURCE paths, bullseye) may lack
   these Linux-specific values; they are fixed by the kernel ABI. */
#ifndef F_SETSIG
#define F_SETSIG 10
#define F_GETSIG 11
#endif
#ifndef F_SETOWN_EX
#define F_SETOWN_EX 15
#define F_GETOWN_EX 16
#endif
/* struct f_owner_ex and F_OWNER_TID/PID/PGRP: glibc 2.11 and musl declare
   them with _GNU_SOURCE (glibc as an enum, so no #ifndef test here). */
#ifndef F_SETLEASE
#define F_SETLEASE 1024
#define F_GETLEASE 1025
#endif
#ifndef F_NOTIFY
#define F_NOTIFY 1026
#endif
#ifndef DN_CREATE
#define DN_ACCESS 0x00000001
#define DN_MODIFY 0x00000002
#define DN_CREATE 0x00000004
#define DN_DELETE 0x00000008
#define DN_RENAME 0x00000010
#define DN_ATTRIB 0x00000020
#define DN_MULTISHOT 0x80000000
#endif

/* The call libc's truncate() makes, for ft_wait_blocked: truncate64 on
   32-bit architectures. */
#ifdef SYS_truncate64
#define ASYNC_NR_TRUNCATE SYS_truncate64
#else
#define ASYNC_NR_TRUNCATE SYS_truncate
#endif

/* Blocks sig in this thread's mask, checked. */
#define async_block(sig) async_block_at(__FILE__, __LINE__, (sig))
static inline void async_block_at(const char *file, int line, int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	errno = pthread_sigmask(SIG_BLOCK, &s, NULL);
	if (errno)
		ft_fail_(file, line, "pthread_sigmask(SIG_BLOCK)", "0", "error",
			 errno, NULL);
}

/* Waits up to ms (scaled; 0: do not wait) for the blocked signal sig to
   be pending for this thread and takes it: 1 and *info filled (when not
   NULL), or 0 if it did not come.  Any error other than EAGAIN fails. */
#define async_take(sig, info, ms) async_take_at(__FILE__, __LINE__, (sig), (info), (ms))
static inline int async_take_at(const char *file, int line, int sig,
				siginfo_t *info, int ms)
{
	sigset_t s;
	siginfo_t si;
	int t = ms > 0 ? ft_scaled_ms(ms) : 0;
	struct timespec ts = { t / 1000, (long)(t % 1000) * 1000000L };
	sigemptyset(&s);
	sigaddset(&s, sig);
	for (;;) {
		int r = sigtimedwait(&s, &si, &ts);
		if (r == sig) {
			if (info)
				*info = si;
			return 1;
		}
		if (r == -1 && errno == EAGAIN)
			return 0;
		if (r == -1 && errno == EINTR)
			continue;
		ft_fail_(file, line, "sigtimedwait", ft_signal_name(sig),
			 r == -1 ? "-1" : ft_signal_name(r),
			 r == -1 ? errno : -1, NULL);
	}
}
/* The signal comes (generous deadline) / is not pending now. */
#define ASYNC_COMES(sig, info) FT_EQ(async_take((sig), (info), 2000), 1)
#define ASYNC_NONE(sig) FT_EQ(async_take((sig), NULL, 0), 0)

/* F_SETOWN owner, then O_ASYNC added to the status flags with F_SETFL. */
#define async_arm(fd, owner) async_arm_at(__FILE__, __LINE__, (fd), (owner))
static inline void async_arm_at(const char *file, int line, int fd, int owner)
{
	FT_SYS_AT(file, line, fcntl(fd, F_SETOWN, owner));
	int fl = ft_getfl_at(file, line, "fd", fd);
	FT_SYS_AT(file, line, fcntl(fd, F_SETFL, fl | O_ASYNC));
}

/* F_SETOWN_EX / F_GETOWN_EX, checked. */
#define async_setown_ex(fd, type, pid)                                       \
	async_setown_ex_at(__FILE__, __LINE__, (fd), (type), (pid))
static inline void async_setown_ex_at(const char *file, int line, int fd,
				      int type, pid_t pid)
{
	struct f_owner_ex o = { .type = type, .pid = pid };
	FT_SYS_AT(file, line, fcntl(fd, F_SETOWN_EX, &o));
}
#define async_getown_ex(fd) async_getown_ex_at(__FILE__, __LINE__, (fd))
static inline struct f_owner_ex async_getown_ex_at(const char *file, int line, int fd)
{
	struct f_owner_ex o = { .type = -1, .pid = -1 };
	FT_SYS_AT(file, line, fcntl(fd, F_GETOWN_EX, &o));
	return o;
}

static inline pid_t async_gettid(void)
{
	return (pid_t)syscall(SYS_gettid);
}

/* Leases need fs.leases-enable (proc(5) /proc/sys/fs/leases-enable):
   where it reads 0 the kernel refuses every F_SETLEASE. */
static inline void async_need_leases(void)
{
	char buf[16];
	int fd = open("/proc/sys/fs/leases-enable", O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n > 0 && buf[0] == '0')
		FT_SKIP("leases are disabled here: /proc/sys/fs/leases-enable is 0");
}

/* F_NOTIFY on dir; a kernel built without CONFIG_DNOTIFY answers EINVAL,
   which skips (dnotify is a configurable part of Linux). */
#define async_notify(dirfd, mask) async_notify_at(__FILE__, __LINE__, (dirfd), (mask))
static inline void async_notify_at(const char *file, int line, int dirfd,
				   unsigned long mask)
{
	errno = 0;
	if (fcntl(dirfd, F_NOTIFY, mask) == 0)
		return;
	if (errno == EINVAL)
		FT_SKIP("dnotify is not built into this kernel (F_NOTIFY: EINVAL; CONFIG_DNOTIFY)");
	ft_fail_(file, line, "fcntl(F_NOTIFY)", "0", "-1", errno, NULL);
}

#endif
