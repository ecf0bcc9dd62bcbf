/*
 * shim socket_names_unnamed: getsockname() and getpeername() report every
 * socket as unnamed: AF_UNIX addresses come back with only the family
 * (length sizeof(sa_family_t)) and AF_INET ones with port 0 and address 0.
 *
 * fdsuite-targets: socket/tcp_loopback_port0 socket/unix_pathname_stream socket/unix_abstract_stream
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "next.h"

static int unname(int r, struct sockaddr *a, socklen_t *len)
{
	if (r != 0)
		return r;
	if (a->sa_family == AF_UNIX) {
		*len = sizeof(sa_family_t);
	} else if (a->sa_family == AF_INET && *len >= sizeof(struct sockaddr_in)) {
		struct sockaddr_in *in = (struct sockaddr_in *)a;
		in->sin_port = 0;
		in->sin_addr.s_addr = 0;
	}
	return r;
}

int getsockname(int fd, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&getsockname) real = NEXT(getsockname);
	return unname(real(fd, a, len), a, len);
}

int getpeername(int fd, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&getpeername) real = NEXT(getpeername);
	int r = real(fd, a, len);
	if (r == 0 && a->sa_family == AF_UNIX)
		memset(((char *)a) + sizeof(sa_family_t), 0, *len - sizeof(sa_family_t));
	return unname(r, a, len);
}
