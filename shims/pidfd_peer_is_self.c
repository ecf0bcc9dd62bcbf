/*
 * shim pidfd_peer_is_self: getsockopt(SO_PEERPIDFD) and the SCM_PIDFD
 * control message hand out a pidfd of the calling process instead of the
 * peer's, at a higher number than the lowest free one and without
 * close-on-exec.
 *
 * fdsuite-targets: pidfd/so_peerpidfd pidfd/scm_pidfd
 */
#include <sys/socket.h>
#include <sys/syscall.h>
#include "pidfd_hook.h"

#include "recvmsg_hook.h"

#include "next.h"

#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04
#endif

static int self_pidfd(void)
{
	return hook_move_high((int)syscall(SYS_pidfd_open, getpid(), 0));
}

int getsockopt(int s, int level, int name, void *val, socklen_t *len)
{
	__typeof__(&getsockopt) real = NEXT(getsockopt);
	int r = real(s, level, name, val, len);
	if (r == 0 && level == SOL_SOCKET && name == SO_PEERPIDFD) {
		int *pidfd = val;
		close(*pidfd);
		*pidfd = self_pidfd();
	}
	return r;
}

static ssize_t on_recvmsg(int s, struct msghdr *msg, int flags)
{
	ssize_t r = real_recvmsg(s, msg, flags);
	if (r < 0)
		return r;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR(msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_PIDFD) {
			int pidfd;
			memcpy(&pidfd, CMSG_DATA(c), sizeof pidfd);
			close(pidfd);
			pidfd = self_pidfd();
			memcpy(CMSG_DATA(c), &pidfd, sizeof pidfd);
		}
	return r;
}
