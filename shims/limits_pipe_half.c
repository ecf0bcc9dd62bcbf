/*
 * shim limits_pipe_half: pipe(), pipe2() and socketpair() that run out of
 * descriptors half way leave the first end allocated (a leaked descriptor
 * on the one free number) and write it into the caller's array, as an
 * implementation that allocates the ends one by one without undoing the
 * first on failure would.
 *
 * fdsuite-targets: limits/pipe_emfile limits/socket_emfile
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

static int half(int r, int *p)
{
	if (r == -1 && errno == EMFILE) {
		int fd = REAL(open)("/dev/null", O_RDONLY); /* the leaked end */
		if (fd >= 0)
			p[0] = fd;
		errno = EMFILE;
	}
	return r;
}

int pipe(int p[2]) { return half(REAL(pipe)(p), p); }
int pipe2(int p[2], int fl) { return half(REAL(pipe2)(p, fl), p); }
int socketpair(int d, int t, int pr, int sv[2])
{
	return half(REAL(socketpair)(d, t, pr, sv), sv);
}
