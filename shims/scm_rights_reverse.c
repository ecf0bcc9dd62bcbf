/*
 * shim scm_rights_reverse: the descriptors of one SCM_RIGHTS message are
 * handed to the receiver in reverse order (as an implementation that
 * installs them from a stack or a hash table might), so position i of the
 * received array no longer names the file at position i of the sent one.
 *
 * fdsuite-targets: scm_rights/several_fds_in_order
 */
#include <string.h>
#include <sys/socket.h>

#include "recvmsg_hook.h"

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r < 0 || !msg->msg_control)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c)) {
		int n = scm_count(c);
		for (int i = 0; i < n / 2; i++) {
			int a = scm_get(c, i);
			scm_set(c, i, scm_get(c, n - 1 - i));
			scm_set(c, n - 1 - i, a);
		}
	}
	return r;
}
