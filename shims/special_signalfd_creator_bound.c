/*
 * shim special_signalfd_creator_bound: a signalfd stays bound to the
 * process that created it, as in an emulation that attaches the signal
 * queue at creation: in any other process (a forked child) a read never
 * finds a signal (EAGAIN), even one sent to that process.
 *
 * fdsuite-targets: special/signalfd_fork_reads_own
 */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#define MAXFD 4096
static pid_t creator[MAXFD];

int signalfd(int fd, const sigset_t *mask, int flags)
{
	static int (*real)(int, const sigset_t *, int);
	if (!real)
		real = (int (*)(int, const sigset_t *, int))dlsym(RTLD_NEXT, "signalfd");
	int r = real(fd, mask, flags);
	if (fd == -1 && r >= 0 && r < MAXFD)
		creator[r] = getpid();
	return r;
}

int close(int fd)
{
	static int (*real)(int);
	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "close");
	if (fd >= 0 && fd < MAXFD)
		creator[fd] = 0;
	return real(fd);
}

ssize_t read(int fd, void *buf, size_t count)
{
	static ssize_t (*real)(int, void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
	if (fd >= 0 && fd < MAXFD && creator[fd] && creator[fd] != getpid()) {
		errno = EAGAIN;
		return -1;
	}
	return real(fd, buf, count);
}
