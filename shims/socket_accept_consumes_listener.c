/*
 * shim socket_accept_consumes_listener: after a successful accept() or
 * accept4() the listening socket is replaced, under the same descriptor
 * number, by a fresh unbound socket of the same kind, as in an emulator
 * whose listener serves a single connection.
 *
 * fdsuite-targets: socket/accept_new_fd_listener_stays
 */
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "next.h"

static void consume(int l)
{
	int dom = 0, type = 0;
	socklen_t len = sizeof dom;
	getsockopt(l, SOL_SOCKET, SO_DOMAIN, &dom, &len);
	len = sizeof type;
	getsockopt(l, SOL_SOCKET, SO_TYPE, &type, &len);
	int s = socket(dom, type | SOCK_CLOEXEC, 0);
	if (s >= 0) {
		dup3(s, l, O_CLOEXEC);
		close(s);
	}
}

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&accept) real = NEXT(accept);
	int fd = real(l, a, len);
	if (fd >= 0)
		consume(l);
	return fd;
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	__typeof__(&accept4) real = NEXT(accept4);
	int fd = real(l, a, len, flags);
	if (fd >= 0)
		consume(l);
	return fd;
}
