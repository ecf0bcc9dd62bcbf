/*
 * shim exec_cloexec_dropped_with_other_flags: a creation call given its
 * close-on-exec flag together with any other flag of the same call
 * (EFD_NONBLOCK, TFD_NONBLOCK, SFD_NONBLOCK, IN_NONBLOCK,
 * MFD_ALLOW_SEALING, O_NONBLOCK/O_DIRECT for pipe2, SOCK_NONBLOCK, and
 * for open/openat any flag beyond the access mode) creates the descriptor
 * without close-on-exec; the flag alone still works.  A runtime that
 * tested each flag alone and mishandled their combination.
 *
 * fdsuite-targets: exec/eventfd_cloexec_closed exec/timerfd_cloexec_closed
 * fdsuite-targets: exec/signalfd_cloexec_closed exec/inotify_cloexec_closed
 * fdsuite-targets: exec/memfd_cloexec_closed exec/pipe2_cloexec_closed
 * fdsuite-targets: exec/sock_cloexec_closed exec/o_cloexec_closed
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#define REAL(name)                                                           \
	static __typeof__(name) *real_;                                      \
	if (!real_)                                                          \
		real_ = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

/* flags without cloexec when it comes with anything else in mask */
static int drop(int flags, int cloexec, int mask)
{
	if ((flags & cloexec) && (flags & mask & ~cloexec))
		return flags & ~cloexec;
	return flags;
}

int eventfd(unsigned int v, int flags)
{
	REAL(eventfd);
	return real_(v, drop(flags, EFD_CLOEXEC, ~0));
}

int timerfd_create(int clock, int flags)
{
	REAL(timerfd_create);
	return real_(clock, drop(flags, TFD_CLOEXEC, ~0));
}

int signalfd(int fd, const sigset_t *mask, int flags)
{
	REAL(signalfd);
	return real_(fd, mask, drop(flags, SFD_CLOEXEC, ~0));
}

int inotify_init1(int flags)
{
	REAL(inotify_init1);
	return real_(drop(flags, IN_CLOEXEC, ~0));
}

int memfd_create(const char *name, unsigned int flags)
{
	REAL(memfd_create);
	return real_(name, (unsigned)drop((int)flags, MFD_CLOEXEC, ~0));
}

int pipe2(int p[2], int flags)
{
	REAL(pipe2);
	return real_(p, drop(flags, O_CLOEXEC, ~0));
}

int socket(int domain, int type, int proto)
{
	REAL(socket);
	return real_(domain, drop(type, SOCK_CLOEXEC, SOCK_NONBLOCK), proto);
}

int socketpair(int domain, int type, int proto, int sv[2])
{
	REAL(socketpair);
	return real_(domain, drop(type, SOCK_CLOEXEC, SOCK_NONBLOCK), proto, sv);
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	REAL(accept4);
	return real_(l, a, len, drop(flags, SOCK_CLOEXEC, ~0));
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	if (flags & (O_CREAT | __O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	REAL(openat);
	return real_(dirfd, path, drop(flags, O_CLOEXEC, ~O_ACCMODE), mode);
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	if (flags & (O_CREAT | __O_TMPFILE)) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}
