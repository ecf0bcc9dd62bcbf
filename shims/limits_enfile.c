/*
 * shim limits_enfile: descriptor-creating calls that hit the per-process
 * RLIMIT_NOFILE report ENFILE (the system-wide table is full) instead of
 * EMFILE, the confusion a sandbox that maps every allocation failure onto
 * one error would make.  Covers open/openat/creat (and 64 variants), dup,
 * fcntl F_DUPFD, pipe, pipe2, socket, socketpair, accept, accept4,
 * epoll_create1, eventfd, timerfd_create, signalfd, inotify_init1,
 * memfd_create, and syscall() (raw pidfd_open).
 *
 * fdsuite-targets: limits/open_emfile limits/dup_emfile limits/pipe_emfile
 * fdsuite-targets: limits/socket_emfile limits/event_fds_emfile
 * fdsuite-targets: limits/raise_soft_limit limits/lowered_limit_keeps_fds
 * fdsuite-targets: limits/limit_bounds_numbers limits/fork_inherits_limit
 * fdsuite-targets: limits/prlimit_nofile
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

static long fix(long r)
{
	if (r == -1 && errno == EMFILE)
		errno = ENFILE;
	return r;
}

#define OPEN_HOOK_CREAT
#include "open_hook.h"
#include "syscall_hook.h"

static int on_open(int dfd, const char *path, int flags, mode_t mode)
{
	return fix(real_openat(dfd, path, flags, mode));
}

#define FCNTL_LIKE(name)                                                    \
	int name(int fd, int cmd, ...)                                      \
	{                                                                   \
		va_list ap;                                                 \
		va_start(ap, cmd);                                          \
		void *arg = va_arg(ap, void *);                             \
		va_end(ap);                                                 \
		return fix(REAL(name)(fd, cmd, arg));                       \
	}
FCNTL_LIKE(fcntl)
FCNTL_LIKE(fcntl64)

int dup(int fd) { return fix(REAL(dup)(fd)); }
int pipe(int p[2]) { return fix(REAL(pipe)(p)); }
int pipe2(int p[2], int fl) { return fix(REAL(pipe2)(p, fl)); }
int socket(int d, int t, int p) { return fix(REAL(socket)(d, t, p)); }
int socketpair(int d, int t, int p, int sv[2])
{
	return fix(REAL(socketpair)(d, t, p, sv));
}
int accept(int s, struct sockaddr *a, socklen_t *l)
{
	return fix(REAL(accept)(s, a, l));
}
int accept4(int s, struct sockaddr *a, socklen_t *l, int fl)
{
	return fix(REAL(accept4)(s, a, l, fl));
}

int epoll_create1(int fl);
int eventfd(unsigned int v, int fl);
int timerfd_create(int c, int fl);
int signalfd(int fd, const sigset_t *m, int fl);
int inotify_init1(int fl);
int memfd_create(const char *n, unsigned int fl);
int epoll_create1(int fl) { return fix(REAL(epoll_create1)(fl)); }
int eventfd(unsigned int v, int fl) { return fix(REAL(eventfd)(v, fl)); }
int timerfd_create(int c, int fl) { return fix(REAL(timerfd_create)(c, fl)); }
int signalfd(int fd, const sigset_t *m, int fl)
{
	return fix(REAL(signalfd)(fd, m, fl));
}
int inotify_init1(int fl) { return fix(REAL(inotify_init1)(fl)); }
int memfd_create(const char *n, unsigned int fl)
{
	return fix(REAL(memfd_create)(n, fl));
}

static long on_syscall(long n, long a[6])
{
	return fix(real_syscall(n, a));
}
