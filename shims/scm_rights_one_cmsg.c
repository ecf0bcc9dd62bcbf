/*
 * shim scm_rights_one_cmsg: recvmsg() returns at most one control message
 * per call (an implementation that supports a single ancillary item), so
 * a message carrying SCM_CREDENTIALS and SCM_RIGHTS loses the second one;
 * descriptors dropped that way are closed.
 *
 * fdsuite-targets: scm_rights/with_credentials
 */
#include <dlfcn.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

ssize_t recvmsg(int sock, struct msghdr *msg, int flags)
{
	static ssize_t (*real)(int, struct msghdr *, int);
	if (!real)
		real = (ssize_t(*)(int, struct msghdr *, int))dlsym(RTLD_NEXT, "recvmsg");
	ssize_t r = real(sock, msg, flags);
	if (r < 0 || !msg->msg_control)
		return r;
	struct cmsghdr *first = CMSG_FIRSTHDR(msg);
	if (!first)
		return r;
	for (struct cmsghdr *c = CMSG_NXTHDR(msg, first); c; c = CMSG_NXTHDR(msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++) {
				int fd;
				memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
				close(fd);
			}
	msg->msg_controllen = CMSG_SPACE(first->cmsg_len - CMSG_LEN(0));
	return r;
}
