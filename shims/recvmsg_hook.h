/*
 * recvmsg_hook.h - recvmsg wrapped for fault shims.  recvmsg comes to the
 * shim's on_recvmsg(sock, msg, flags); real_recvmsg() is the next
 * definition of recvmsg (the C library's).  For the descriptors a message
 * brought: scm_count(c) is how many an SCM_RIGHTS control message c holds
 * (0 for any other kind), scm_get(c, i) and scm_set(c, i, fd) read and
 * write the i'th of them, and scm_map_fds(msg, fn) replaces every received
 * descriptor fd by fn(fd).  The shim defines on_recvmsg(), before or after
 * including this.
 */
#include <dlfcn.h>
#include <string.h>
#include <sys/socket.h>

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags);

static inline ssize_t real_recvmsg(int sock, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	return real(sock, msg, flags);
}

ssize_t recvmsg(int sock, struct msghdr *msg, int flags)
{
	return on_recvmsg(sock, msg, flags);
}

static inline int scm_count(struct cmsghdr *c)
{
	if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
		return 0;
	return (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
}

static inline int scm_get(struct cmsghdr *c, int i)
{
	int fd;
	memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
	return fd;
}

static inline void scm_set(struct cmsghdr *c, int i, int fd)
{
	memcpy(CMSG_DATA(c) + i * sizeof(int), &fd, sizeof fd);
}

static inline void scm_map_fds(struct msghdr *msg, int (*fn)(int fd))
{
	if (!msg->msg_control)
		return;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c))
		for (int i = 0; i < scm_count(c); i++)
			scm_set(c, i, fn(scm_get(c, i)));
}
