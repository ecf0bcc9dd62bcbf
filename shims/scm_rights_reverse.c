/*
 * shim scm_rights_reverse: the descriptors of one SCM_RIGHTS message are
 * handed to the receiver in reverse order (as an implementation that
 * installs them from a stack or a hash table might), so position i of the
 * received array no longer names the file at position i of the sent one.
 *
 * fdsuite-targets: scm_rights/several_fds_in_order
 */
#include <dlfcn.h>
#include <string.h>
#include <sys/socket.h>

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
		for (int i = 0; i < n / 2; i++) {
			int a, b;
			memcpy(&a, CMSG_DATA(c) + i * sizeof(int), sizeof a);
			memcpy(&b, CMSG_DATA(c) + (n - 1 - i) * sizeof(int), sizeof b);
			memcpy(CMSG_DATA(c) + i * sizeof(int), &b, sizeof b);
			memcpy(CMSG_DATA(c) + (n - 1 - i) * sizeof(int), &a, sizeof a);
		}
	}
	return r;
}
