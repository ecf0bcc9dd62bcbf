/*
 * shim socket_recv_peeks: recv() and recvfrom() on a stream socket leave
 * the data queued (they add MSG_PEEK), so recv() and read() no longer
 * consume one shared stream.
 *
 * fdsuite-targets: socket/read_write_send_recv_interchangeable
 */
#include <dlfcn.h>
#include <sys/socket.h>

#define REAL(name, type) ((type)dlsym(RTLD_NEXT, name))

ssize_t recv(int fd, void *buf, size_t n, int flags)
{
	return REAL("recv", ssize_t(*)(int, void *, size_t, int))(fd, buf, n, flags | MSG_PEEK);
}

ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *a,
		 socklen_t *alen)
{
	return REAL("recvfrom", ssize_t(*)(int, void *, size_t, int,
					    struct sockaddr *, socklen_t *))(
		fd, buf, n, flags | MSG_PEEK, a, alen);
}
