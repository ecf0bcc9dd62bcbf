/*
 * shim socket_sigpipe_lost: write(), send(), sendto() and sendmsg() on a
 * socket that fail with EPIPE raise no SIGPIPE: the shim blocks SIGPIPE
 * around the call and discards the signal it raised (one already pending
 * is left alone), as an emulator that only returns the error would.
 *
 * fdsuite-targets: socket/write_after_peer_close_epipe socket/msg_nosignal_suppresses_sigpipe
 */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int is_sock(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

static sigset_t old;
static int was_pending;

static void begin(void)
{
	sigset_t s, pend;
	sigemptyset(&s);
	sigaddset(&s, SIGPIPE);
	sigprocmask(SIG_BLOCK, &s, &old);
	sigpending(&pend);
	was_pending = sigismember(&pend, SIGPIPE);
}

static void end(void)
{
	int e = errno;
	if (!was_pending) {
		sigset_t s;
		sigemptyset(&s);
		sigaddset(&s, SIGPIPE);
		struct timespec zero = { 0, 0 };
		sigtimedwait(&s, NULL, &zero);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
}

#define REAL(name, type) ((type)dlsym(RTLD_NEXT, name))

ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t (*real)(int, const void *, size_t) =
		REAL("write", ssize_t(*)(int, const void *, size_t));
	if (!is_sock(fd))
		return real(fd, buf, n);
	begin();
	ssize_t r = real(fd, buf, n);
	end();
	return r;
}

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	begin();
	ssize_t r = REAL("send", ssize_t(*)(int, const void *, size_t, int))(fd, buf, n, flags);
	end();
	return r;
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *a, socklen_t alen)
{
	begin();
	ssize_t r = REAL("sendto", ssize_t(*)(int, const void *, size_t, int,
					       const struct sockaddr *, socklen_t))(
		fd, buf, n, flags, a, alen);
	end();
	return r;
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	begin();
	ssize_t r = REAL("sendmsg", ssize_t(*)(int, const struct msghdr *, int))(fd, m, flags);
	end();
	return r;
}
