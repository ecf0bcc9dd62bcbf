/*
 * shim socket_accept_flags: accept() gives the new socket the listener's
 * file status flags (O_NONBLOCK, O_ASYNC) and FD_CLOEXEC, the BSD way; and
 * accept4() ignores its flags (SOCK_NONBLOCK, SOCK_CLOEXEC, and invalid
 * ones) and behaves as that accept().
 *
 * fdsuite-targets: socket/accept_does_not_inherit_flags socket/accept4_flags
 */
#include <fcntl.h>
#include <sys/socket.h>

#include "next.h"

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&accept) real = NEXT(accept);
	int fd = real(l, a, len);
	if (fd >= 0) {
		int fl = fcntl(l, F_GETFL), fdfl = fcntl(l, F_GETFD);
		fcntl(fd, F_SETFL, fl & (O_NONBLOCK | O_ASYNC));
		fcntl(fd, F_SETFD, fdfl);
	}
	return fd;
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	(void)flags;
	return accept(l, a, len);
}
