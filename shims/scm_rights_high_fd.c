/*
 * shim scm_rights_high_fd: received descriptors are installed at numbers
 * of the receiver's own choosing (100 and up) instead of the lowest free
 * numbers, like an implementation that allocates from its own range.
 *
 * fdsuite-targets: scm_rights/lowest_free_number
 */
#include <dlfcn.h>
#include <fcntl.h>
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
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (int i = 0; i < n; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
			int cl = fcntl(fd, F_GETFD) & FD_CLOEXEC;
			int hi = fcntl(fd, cl ? F_DUPFD_CLOEXEC : F_DUPFD, 100);
			if (hi < 0)
				continue;
			close(fd);
			memcpy(CMSG_DATA(c) + i * sizeof(int), &hi, sizeof hi);
		}
	}
	return r;
}
