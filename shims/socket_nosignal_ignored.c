/*
 * shim socket_nosignal_ignored: send(), sendto() and sendmsg() drop
 * MSG_NOSIGNAL from their flags, so a send to a closed peer raises SIGPIPE
 * anyway.
 *
 * fdsuite-targets: socket/msg_nosignal_suppresses_sigpipe
 */
#include <dlfcn.h>
#include <sys/socket.h>

#define REAL(name, type) ((type)dlsym(RTLD_NEXT, name))

ssize_t send(int fd, const void *buf, size_t n, int flags)
{
	return REAL("send", ssize_t(*)(int, const void *, size_t, int))(
		fd, buf, n, flags & ~MSG_NOSIGNAL);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags,
	       const struct sockaddr *a, socklen_t alen)
{
	return REAL("sendto", ssize_t(*)(int, const void *, size_t, int,
					  const struct sockaddr *, socklen_t))(
		fd, buf, n, flags & ~MSG_NOSIGNAL, a, alen);
}

ssize_t sendmsg(int fd, const struct msghdr *m, int flags)
{
	return REAL("sendmsg", ssize_t(*)(int, const struct msghdr *, int))(
		fd, m, flags & ~MSG_NOSIGNAL);
}
