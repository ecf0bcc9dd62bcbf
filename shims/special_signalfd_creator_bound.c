/*
 * shim special_signalfd_creator_bound: a signalfd stays bound to the
 * process that created it, as in an emulation that attaches the signal
 * queue at creation: in any other process (a forked child) a read never
 * finds a signal (EAGAIN), even one sent to that process.
 *
 * fdsuite-targets: special/signalfd_fork_reads_own
 */
#include <errno.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "next.h"

#define MAXFD 4096
static pid_t creator[MAXFD];

int signalfd(int fd, const sigset_t *mask, int flags)
{
	__typeof__(&signalfd) real = NEXT(signalfd);
	int r = real(fd, mask, flags);
	if (fd == -1 && r >= 0 && r < MAXFD)
		creator[r] = getpid();
	return r;
}

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	if (fd >= 0 && fd < MAXFD)
		creator[fd] = 0;
	return real(fd);
}

ssize_t read(int fd, void *buf, size_t count)
{
	__typeof__(&read) real = NEXT(read);
	if (fd >= 0 && fd < MAXFD && creator[fd] && creator[fd] != getpid()) {
		errno = EAGAIN;
		return -1;
	}
	return real(fd, buf, count);
}
