/*
 * shim socket_close_shuts_down: close() of a connected socket descriptor
 * first shuts the connection down (SHUT_RDWR), so closing any one of
 * several descriptors for it ends the connection; and closing a listening
 * socket shuts down the connections accepted from it (tracked here), as an
 * emulator that ties connections to descriptors would.
 *
 * fdsuite-targets: socket/close_one_dup_keeps_connection socket/peer_eof_after_last_holder_closes socket/accepted_outlives_listener
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "next.h"

#define MAXT 1024
static int from[MAXT]; /* from[fd] = listener + 1 */

static void track(int l, int fd)
{
	if (fd >= 0 && fd < MAXT)
		from[fd] = l + 1;
}

int accept(int l, struct sockaddr *a, socklen_t *len)
{
	__typeof__(&accept) real = NEXT(accept);
	int fd = real(l, a, len);
	track(l, fd);
	return fd;
}

int accept4(int l, struct sockaddr *a, socklen_t *len, int flags)
{
	__typeof__(&accept4) real = NEXT(accept4);
	int fd = real(l, a, len, flags);
	track(l, fd);
	return fd;
}

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode)) {
		int acc = 0;
		socklen_t len = sizeof acc;
		getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &acc, &len);
		if (!acc)
			shutdown(fd, SHUT_RDWR);
		for (int i = 0; i < MAXT; i++)
			if (from[i] == fd + 1) {
				shutdown(i, SHUT_RDWR);
				from[i] = 0;
			}
	}
	if (fd >= 0 && fd < MAXT)
		from[fd] = 0;
	return real(fd);
}
