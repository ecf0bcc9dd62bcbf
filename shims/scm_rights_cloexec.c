/*
 * shim scm_rights_cloexec: recvmsg() gets MSG_CMSG_CLOEXEC backwards:
 * descriptors received without it are marked FD_CLOEXEC (as if the
 * sender's descriptor flags travelled with them, or a default of
 * close-on-exec), and the flag is dropped from calls that pass it, so
 * those descriptors arrive without FD_CLOEXEC.
 *
 * fdsuite-targets: scm_rights/no_cloexec_by_default scm_rights/cmsg_cloexec
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
	int want = flags & MSG_CMSG_CLOEXEC;
	ssize_t r = real(sock, msg, flags & ~MSG_CMSG_CLOEXEC);
	if (r < 0 || !msg->msg_control || want)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (int i = 0; i < n; i++) {
			int fd;
			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
			fcntl(fd, F_SETFD, FD_CLOEXEC);
		}
	}
	return r;
}
