/*
 * scm_rights.h - helpers shared by the cases under cases/scm_rights/:
 * sending a list of descriptors in one SCM_RIGHTS control message and
 * receiving whatever control messages arrive with a recvmsg().
 */
#ifndef SCM_RIGHTS_CASES_H
#define SCM_RIGHTS_CASES_H

#include <sys/socket.h>
#include <sys/uio.h>
#include "fdtest.h"

#define SCM_ROOM_MAX 300 /* more than SCM_MAX_FD (253) */

/* sendmsg() of len data bytes with n descriptors (n == 0: no control
   message).  Returns what sendmsg returned; the caller checks it. */
static inline ssize_t scm_send(int sock, const int *fds, int n,
			       const void *data, size_t len)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * SCM_ROOM_MAX)];
		struct cmsghdr align;
	} u;
	struct iovec iov = { (void *)data, len };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (n > 0) {
		memset(&u, 0, sizeof u);
		m.msg_control = u.buf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * n);
		struct cmsghdr *c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * n);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * n);
	}
	return sendmsg(sock, &m, 0);
}

/* Sends one descriptor with one data byte; must succeed. */
#define SCM_SEND1(sock, fd)                                                  \
	do {                                                                 \
		int scm_one_ = (fd);                                         \
		FT_EQ(scm_send((sock), &scm_one_, 1, "x", 1), 1);            \
	} while (0)

struct scm_got {
	int msg_flags;            /* msg_flags after recvmsg */
	int ncmsg;                /* control messages of any type */
	int nfds;                 /* descriptors in SCM_RIGHTS messages */
	int fds[SCM_ROOM_MAX];
	int has_cred;             /* an SCM_CREDENTIALS message came */
	struct ucred cred;
};

/* recvmsg() into buf with a control buffer of CMSG_SPACE(room ints)
   (room < 0: msg_control NULL).  Fills *g; returns what recvmsg
   returned. */
static inline ssize_t scm_recv(int sock, void *buf, size_t len, int room,
			       int flags, struct scm_got *g)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * SCM_ROOM_MAX) +
			 CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	struct iovec iov = { buf, len };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	memset(g, 0, sizeof *g);
	if (room >= 0) {
		memset(&u, 0, sizeof u);
		m.msg_control = u.buf;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * room);
		if (m.msg_controllen > sizeof u.buf)
			m.msg_controllen = sizeof u.buf;
	}
	ssize_t r = recvmsg(sock, &m, flags);
	if (r < 0)
		return r;
	g->msg_flags = m.msg_flags;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		g->ncmsg++;
		if (c->cmsg_level != SOL_SOCKET)
			continue;
		if (c->cmsg_type == SCM_RIGHTS) {
			int n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			for (int i = 0; i < n && g->nfds < SCM_ROOM_MAX; i++)
				memcpy(&g->fds[g->nfds++],
				       CMSG_DATA(c) + i * sizeof(int),
				       sizeof(int));
		} else if (c->cmsg_type == SCM_CREDENTIALS) {
			g->has_cred = 1;
			memcpy(&g->cred, CMSG_DATA(c), sizeof g->cred);
		}
	}
	return r;
}

/* Receives one byte that must carry exactly one descriptor; returns it. */
static inline int scm_recv1(int sock)
{
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sock, &c, 1, 1, 0, &g), 1);
	FT_EQ(g.nfds, 1);
	return g.fds[0];
}

/* How many descriptors fit in a control buffer of CMSG_SPACE(room ints):
   CMSG_SPACE pads, so on LP64 it has room for an even number of ints. */
static inline int scm_fit(int room)
{
	return (int)((CMSG_SPACE(sizeof(int) * room) - CMSG_LEN(0)) /
		     sizeof(int));
}

/* How many descriptors the process has open. */
static inline int scm_nopen(void)
{
	int fds[4096];
	return ft_list_fds(fds, 4096);
}

/* Passes sent over a fresh AF_UNIX stream pair and returns the one
   descriptor received (recvmsg with flags). */
#define scm_pass(sent, flags) scm_pass_(__FILE__, __LINE__, (sent), (flags))
static inline int scm_pass_(const char *file, int line, int sent, int flags)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	FT_SYS_AT(file, line,
		  socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	if (scm_send(sv[0], &sent, 1, "x", 1) != 1)
		ft_fail_(file, line, "sendmsg(SCM_RIGHTS)", "1", "not 1", errno,
			 NULL);
	struct scm_got g;
	char c;
	ssize_t r = scm_recv(sv[1], &c, 1, 1, flags, &g);
	if (r != 1 || g.nfds != 1)
		ft_fail_(file, line, "recvmsg(SCM_RIGHTS)", "one descriptor",
			 r != 1 ? "no data" : "another count", errno,
			 "recvmsg returned %zd with %d descriptors", r, g.nfds);
	return g.fds[0];
}

/* Closes every descriptor a receive brought. */
static inline void scm_close_got(const struct scm_got *g)
{
	for (int i = 0; i < g->nfds; i++)
		close(g->fds[i]);
}

#endif
