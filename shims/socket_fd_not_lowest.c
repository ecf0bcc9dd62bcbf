/*
 * shim socket_fd_not_lowest: socket(), socketpair(), accept() and
 * accept4() move each new descriptor one number up, leaving the lowest
 * free number unused (FD_CLOEXEC is preserved).
 *
 * fdsuite-targets: socket/lowest_free_descriptor
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

static int bump(int fd)
{
	if (fd < 0)
		return fd;
	int cloexec = fcntl(fd, F_GETFD) & FD_CLOEXEC;
	int n = fcntl(fd, cloexec ? F_DUPFD_CLOEXEC : F_DUPFD, fd + 1);
	if (n < 0)
		return fd;
	close(fd);
	return n;
}

#define REAL(name, type) ((type)dlsym(RTLD_NEXT, name))

int socket(int d, int t, int p)
{
	return bump(REAL("socket", int (*)(int, int, int))(d, t, p));
}

int socketpair(int d, int t, int p, int sv[2])
{
	int r = REAL("socketpair", int (*)(int, int, int, int *))(d, t, p, sv);
	if (r == 0) {
		sv[1] = bump(sv[1]);
		sv[0] = bump(sv[0]);
	}
	return r;
}

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	return bump(REAL("accept", int (*)(int, struct sockaddr *, socklen_t *))(l, a, len));
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	return bump(REAL("accept4", int (*)(int, struct sockaddr *, socklen_t *, int))(l, a, len, flags));
}
