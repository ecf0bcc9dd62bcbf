/*
 * pipe.h - helpers shared by the pipe/ cases (pipes and FIFOs).
 */
#ifndef PIPE_H
#define PIPE_H
#include "fdtest.h"
#include <limits.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

/* A pipe with O_CLOEXEC on both ends, plus extra pipe2() flags. */
static inline void pp_pipe(int p[2], int flags)
{
	FT_SYS(pipe2(p, O_CLOEXEC | flags));
}

static inline void pp_set_nonblock(int fd)
{
	int fl = ft_getfl(fd);
	FT_SYS(fcntl(fd, F_SETFL, fl | O_NONBLOCK));
}

/* Fill a pipe through its non-blocking write end with PIPE_BUF-sized
   writes until one fails with EAGAIN; returns the bytes written. */
static inline long pp_fill(int w)
{
	static char buf[PIPE_BUF];
	long total = 0;
	memset(buf, 'f', sizeof buf);
	for (;;) {
		errno = 0;
		ssize_t n = write(w, buf, sizeof buf);
		if (n == -1 && errno == EAGAIN)
			return total;
		if (n <= 0)
			FT_FAIL("filling the pipe: write returned %zd (%s)", n,
				ft_errno_name(errno));
		total += n;
		if (total > 64L * 1024 * 1024)
			FT_FAIL("filling the pipe: no EAGAIN after 64 MiB");
	}
}

/* The queued byte count reported by FIONREAD. */
static inline int pp_queued(int fd)
{
	int n = -1;
	FT_SYS(ioctl(fd, FIONREAD, &n));
	return n;
}

/* revents of a zero-timeout poll for the given events. */
static inline int pp_revents(int fd, short events)
{
	struct pollfd p = { .fd = fd, .events = events };
	FT_SYS(poll(&p, 1, 0));
	return p.revents;
}

/* Make a FIFO named path in the scratch directory. */
static inline void pp_mkfifo(const char *path)
{
	FT_SYS(mkfifo(path, 0600));
}

/* Drop caps from the effective set of the calling process. */
static inline void pp_drop_caps(const int *caps, int n)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	FT_SYS(syscall(SYS_capget, &h, d));
	for (int i = 0; i < n; i++)
		d[caps[i] / 32].effective &= ~(1u << (caps[i] % 32));
	FT_SYS(syscall(SYS_capset, &h, d));
	for (int i = 0; i < n; i++)
		FT_EQ(ft_has_init_cap(caps[i], NULL), 0);
}

/* A number read from a /proc file; -1 if it cannot be read. */
static inline long pp_proc_long(const char *path)
{
	char buf[64];
	if (access(path, R_OK) != 0)
		return -1;
	ft_read_file(path, buf, sizeof buf);
	return atol(buf);
}

#endif
