/*
 * shim socket_accept_eagain_errno: accept() and accept4() on a
 * non-blocking listener with nothing pending fail with ECONNABORTED instead
 * of EAGAIN/EWOULDBLOCK, a wrong errno an emulator might pick.
 *
 * fdsuite-targets: socket/accept_nonblock_listener_eagain
 */
#include <dlfcn.h>
#include <errno.h>
#include <sys/socket.h>

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	int (*real)(int, struct sockaddr *, socklen_t *) =
		(int (*)(int, struct sockaddr *, socklen_t *))dlsym(RTLD_NEXT, "accept");
	int fd = real(l, a, len);
	if (fd == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
		errno = ECONNABORTED;
	return fd;
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	int (*real)(int, struct sockaddr *, socklen_t *, int) =
		(int (*)(int, struct sockaddr *, socklen_t *, int))dlsym(RTLD_NEXT, "accept4");
	int fd = real(l, a, len, flags);
	if (fd == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
		errno = ECONNABORTED;
	return fd;
}
