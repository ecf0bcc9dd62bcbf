/*
 * shim scm_rights_redeliver: passed descriptors are attached to every
 * part of the data rather than once: after a recvmsg() on a socket
 * brought descriptors, the following recvmsg() calls on that socket that
 * bring none get fresh duplicates of them again (as if the control data
 * were re-read with each piece of the byte stream).
 *
 * fdsuite-targets: scm_rights/delivered_once scm_rights/ancillary_barrier
 */
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static int last_sock = -1, last_n, last_fds[64];

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	size_t room = msg->msg_controllen;
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r < 0)
		return r;
	int had = 0;
	if (msg->msg_control)
		for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c))
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
				int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
				if (n > 64)
					n = 64;
				memcpy(last_fds, CMSG_DATA(c), n * sizeof(int));
				last_n = n;
				last_sock = sock;
				had = 1;
			}
	if (had || sock != last_sock || !msg->msg_control || r == 0 ||
	    msg->msg_controllen + CMSG_SPACE(last_n * sizeof(int)) > room)
		return r;
	struct cmsghdr *c = (struct cmsghdr *)((char *)msg->msg_control + msg->msg_controllen);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(last_n * sizeof(int));
	for (int i = 0; i < last_n; i++) {
		int d = fcntl(last_fds[i], F_DUPFD, 0);
		memcpy(CMSG_DATA(c) + i * sizeof(int), &d, sizeof d);
	}
	msg->msg_controllen += CMSG_SPACE(last_n * sizeof(int));
	return r;
}
