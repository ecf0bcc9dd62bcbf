/*
 * shim scm_rights_peek_consumes: MSG_PEEK is emulated by really receiving
 * the message into a private buffer and serving the data from there: the
 * peeked data is returned again by the next receive, but the descriptors
 * that came with it were taken (and closed) by the peek, so the real
 * receive no longer delivers them.
 *
 * fdsuite-targets: scm_rights/peek_keeps_fds
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "recvmsg_hook.h"

static int st_sock = -1;
static size_t st_len;
static char st_buf[65536];

static size_t copy_out(struct msghdr *msg, size_t len)
{
	size_t off = 0;
	for (size_t i = 0; i < msg->msg_iovlen && off < len; i++) {
		size_t n = msg->msg_iov[i].iov_len;
		if (n > len - off)
			n = len - off;
		memcpy(msg->msg_iov[i].iov_base, st_buf + off, n);
		off += n;
	}
	return off;
}

static ssize_t on_recvmsg(int sock, struct msghdr *msg, int flags)
{
	if (sock != st_sock && (flags & MSG_PEEK)) {
		char ctl[CMSG_SPACE(sizeof(int) * 64)];
		struct iovec iov = { st_buf, sizeof st_buf };
		struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
				    .msg_control = ctl, .msg_controllen = sizeof ctl };
		ssize_t r = real_recvmsg(sock, &m, flags & ~MSG_PEEK);
		if (r < 0)
			return r;
		for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
			if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
				for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int); i++) {
					int fd;
					memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
					close(fd);
				}
		st_sock = sock;
		st_len = r;
	}
	if (sock != st_sock)
		return real_recvmsg(sock, msg, flags);
	size_t n = copy_out(msg, st_len);
	msg->msg_controllen = 0;
	msg->msg_flags = 0;
	if (!(flags & MSG_PEEK)) {
		memmove(st_buf, st_buf + n, st_len - n);
		st_len -= n;
		if (st_len == 0)
			st_sock = -1;
	}
	return n;
}
