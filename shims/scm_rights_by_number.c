/*
 * shim scm_rights_by_number: SCM_RIGHTS is emulated by passing descriptor
 * *numbers* inside the process instead of references to open file
 * descriptions, the way a naive emulator might: sendmsg() strips the
 * SCM_RIGHTS message (sending only the data and any other control
 * messages) and queues the numbers; the next recvmsg() that returns data
 * hands the caller those same numbers back, if they are still open.
 * Nothing is in flight, nothing is validated, and nothing crosses a
 * process boundary: a descriptor closed by the sender before the receive
 * is lost, invalid numbers and oversized arrays are accepted, and the
 * "received" descriptor is the sender's own.
 *
 * fdsuite-targets: scm_rights/survives_sender_close scm_rights/ebadf_invalid_fd
 * fdsuite-targets: scm_rights/max_fd_einval scm_rights/across_fork
 * fdsuite-targets: scm_rights/own_socket_over_itself scm_rights/stream_needs_data
 * fdsuite-targets: scm_rights/pass_o_path scm_rights/close_independent
 * fdsuite-targets: scm_rights/pass_pipe_end scm_rights/pass_socket
 * fdsuite-targets: scm_rights/dgram_without_data scm_rights/dgram_per_message
 */
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "recvmsg_hook.h"

#include "next.h"

#define QMAX 64
#define FDMAX 300
static struct {
	int n;
	int fds[FDMAX];
} queue[QMAX];
static int qhead, qlen;

ssize_t sendmsg(int sock, const struct msghdr *msg, int flags)
{
	__typeof__(&sendmsg) real = NEXT(sendmsg);
	struct msghdr m = *msg;
	char ctl[4096];
	size_t clen = 0;
	int taken = -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(msg); c; c = CMSG_NXTHDR((struct msghdr *)msg, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS && qlen < QMAX) {
			taken = (qhead + qlen) % QMAX;
			int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			if (n > FDMAX)
				n = FDMAX;
			queue[taken].n = n;
			memcpy(queue[taken].fds, CMSG_DATA(c), n * sizeof(int));
			qlen++;
		} else if (clen + CMSG_ALIGN(c->cmsg_len) <= sizeof ctl) {
			memcpy(ctl + clen, c, c->cmsg_len);
			clen += CMSG_ALIGN(c->cmsg_len);
		}
	}
	m.msg_control = clen ? ctl : NULL;
	m.msg_controllen = clen;
	ssize_t r = real(sock, &m, flags);
	if (r < 0 && taken >= 0)
		qlen--;
	return r;
}

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	size_t room = msg->msg_controllen;
	ssize_t r = real_recvmsg(sock, msg, flags);
	if (r < 0 || qlen == 0 || (flags & MSG_PEEK))
		return r;
	int q = qhead;
	qhead = (qhead + 1) % QMAX;
	qlen--;
	int out[FDMAX], n = 0;
	for (int i = 0; i < queue[q].n; i++)
		if (fcntl(queue[q].fds[i], F_GETFD) != -1)
			out[n++] = queue[q].fds[i]; /* the sender's own number */
	size_t used = msg->msg_controllen;
	if (n == 0 || !msg->msg_control || used + CMSG_SPACE(n * sizeof(int)) > room)
		return r;
	struct cmsghdr *c = (struct cmsghdr *)((char *)msg->msg_control + used);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(n * sizeof(int));
	memcpy(CMSG_DATA(c), out, n * sizeof(int));
	msg->msg_controllen = used + CMSG_SPACE(n * sizeof(int));
	return r;
}
