/*
 * shim scm_rights_one_cmsg: recvmsg() returns at most one control message
 * per call (an implementation that supports a single ancillary item), so
 * a message carrying SCM_CREDENTIALS and SCM_RIGHTS loses the second one;
 * descriptors dropped that way are closed.
 *
 * fdsuite-targets: scm_rights/with_credentials
 */
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r < 0 || !msg->msg_control)
		return r;
	struct cmsghdr *first = CMSG_FIRSTHDR(msg);
	if (!first)
		return r;
	for (struct cmsghdr *c = CMSG_NXTHDR(msg, first); c; c = CMSG_NXTHDR(msg, c))
		for (int i = 0; i < scm_count(c); i++)
			close(scm_get(c, i));
	msg->msg_controllen = CMSG_SPACE(first->cmsg_len - CMSG_LEN(0));
	return r;
}
