/*
 * shim socket_accept_eagain_errno: accept() and accept4() on a
 * non-blocking listener with nothing pending fail with ECONNABORTED instead
 * of EAGAIN/EWOULDBLOCK, a wrong errno an emulator might pick.
 *
 * fdsuite-targets: socket/accept_nonblock_listener_eagain
 */
#include <errno.h>
#include <sys/socket.h>

#include "next.h"

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&accept) real = NEXT(accept);
	int fd = real(l, a, len);
	if (fd == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
		errno = ECONNABORTED;
	return fd;
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	__typeof__(&accept4) real = NEXT(accept4);
	int fd = real(l, a, len, flags);
	if (fd == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))
		errno = ECONNABORTED;
	return fd;
}
