/*
 * shim alloc_not_lowest: every call that creates a descriptor hands out a
 * number above the lowest free one (the new descriptor is moved to the
 * lowest free number above it), the way an emulator with its own,
 * non-POSIX descriptor allocator would.  Covers open/openat/creat (and
 * their 64 variants), dup, fcntl F_DUPFD(_CLOEXEC), pipe, pipe2, socket,
 * socketpair, accept, accept4, epoll_create(1), eventfd, timerfd_create,
 * signalfd, inotify_init(1), memfd_create and pidfd_open.
 *
 * fdsuite-targets: alloc/open_takes_lowest alloc/openat_takes_lowest
 * fdsuite-targets: alloc/creat_takes_lowest alloc/dup_takes_lowest
 * fdsuite-targets: alloc/fcntl_dupfd_takes_lowest alloc/pipe_takes_lowest
 * fdsuite-targets: alloc/pipe2_takes_lowest alloc/socket_takes_lowest
 * fdsuite-targets: alloc/socketpair_takes_lowest alloc/accept_takes_lowest
 * fdsuite-targets: alloc/accept4_takes_lowest alloc/epoll_create_takes_lowest
 * fdsuite-targets: alloc/eventfd_takes_lowest alloc/timerfd_create_takes_lowest
 * fdsuite-targets: alloc/signalfd_takes_lowest alloc/inotify_init1_takes_lowest
 * fdsuite-targets: alloc/memfd_create_takes_lowest alloc/pidfd_open_takes_lowest
 * fdsuite-targets: alloc/o_tmpfile_takes_lowest
 * fdsuite-targets: alloc/stdin_slot_reused alloc/gap_filled_first
 * fdsuite-targets: alloc/several_gaps_filled_in_order
 * fdsuite-targets: alloc/thousands_lowest_first
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

/* Move fd to the lowest free number above it; keeps FD_CLOEXEC. */
static int relocate(int fd)
{
	if (fd < 0)
		return fd;
	long fl = syscall(SYS_fcntl, fd, F_GETFD);
	long nfd = syscall(SYS_fcntl, fd,
			   fl > 0 && (fl & FD_CLOEXEC) ? F_DUPFD_CLOEXEC : F_DUPFD,
			   fd + 1);
	if (nfd < 0)
		return fd; /* no room above: leave it */
	syscall(SYS_close, fd);
	return (int)nfd;
}

static int pair(int r, int *p)
{
	if (r == 0) {
		p[0] = relocate(p[0]);
		p[1] = relocate(p[1]);
	}
	return r;
}

#define OPEN_HOOK_CREAT
#include "open_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	return relocate(real_openat(dfd, path, flags, mode));
}

int dup(int fd) { return relocate(REAL(dup)(fd)); }

#define FCNTL_LIKE(name)                                                    \
	int name(int fd, int cmd, ...)                                      \
	{                                                                   \
		va_list ap;                                                 \
		va_start(ap, cmd);                                          \
		void *arg = va_arg(ap, void *);                             \
		va_end(ap);                                                 \
		int r = REAL(name)(fd, cmd, arg);                           \
		return cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC ? relocate(r) \
								: r;        \
	}
FCNTL_LIKE(fcntl)
FCNTL_LIKE(fcntl64)

int pipe(int p[2]) { return pair(REAL(pipe)(p), p); }
int pipe2(int p[2], int fl) { return pair(REAL(pipe2)(p, fl), p); }
int socket(int d, int t, int p) { return relocate(REAL(socket)(d, t, p)); }
int socketpair(int d, int t, int p, int sv[2])
{
	return pair(REAL(socketpair)(d, t, p, sv), sv);
}
int accept(int s, struct sockaddr *a, socklen_t *l)
{
	return relocate(REAL(accept)(s, a, l));
}
int accept4(int s, struct sockaddr *a, socklen_t *l, int fl)
{
	return relocate(REAL(accept4)(s, a, l, fl));
}

int epoll_create(int n);
int epoll_create1(int fl);
int eventfd(unsigned int v, int fl);
int timerfd_create(int c, int fl);
int signalfd(int fd, const sigset_t *m, int fl);
int inotify_init(void);
int inotify_init1(int fl);
int memfd_create(const char *n, unsigned int fl);
int pidfd_open(pid_t pid, unsigned int fl);

int epoll_create(int n) { return relocate(REAL(epoll_create)(n)); }
int epoll_create1(int fl) { return relocate(REAL(epoll_create1)(fl)); }
int eventfd(unsigned int v, int fl) { return relocate(REAL(eventfd)(v, fl)); }
int timerfd_create(int c, int fl) { return relocate(REAL(timerfd_create)(c, fl)); }
int signalfd(int fd, const sigset_t *m, int fl)
{
	return relocate(REAL(signalfd)(fd, m, fl));
}
int inotify_init(void) { return relocate(REAL(inotify_init)()); }
int inotify_init1(int fl) { return relocate(REAL(inotify_init1)(fl)); }
int memfd_create(const char *n, unsigned int fl)
{
	return relocate(REAL(memfd_create)(n, fl));
}
int pidfd_open(pid_t pid, unsigned int fl)
{
	return relocate(REAL(pidfd_open)(pid, fl));
}
