/*
 * pidfd/scm_pidfd - with SO_PASSPIDFD set on a Unix domain socket (Linux
 * 6.5), each message received carries an SCM_PIDFD control message: a
 * new PID file descriptor for the process that sent it, installed in the
 * receiver close-on-exec at the lowest free number.  Without the option
 * no SCM_PIDFD arrives.  The pidfd refers to the sender: for a child
 * sender, waitid(P_PIDFD) reports that child.  Some runtimes accept an
 * unknown socket option silently, so support is judged by SO_PEERPIDFD,
 * added in the same release.
 */
#include "pidfd.h"

FT_CASE("SO_PASSPIDFD makes recvmsg deliver SCM_PIDFD, a close-on-exec pidfd of the sender",
	"Linux 6.5 commit \"scm: add SO_PASSPIDFD and SCM_PIDFD\"; unix(7) \"Ancillary messages\"; "
	"cmsg(3); waitid(2) P_PIDFD");

/* Sets SO_PASSPIDFD on sock.  Some runtimes accept unknown options
   silently, so support is judged by SO_PEERPIDFD, added with it in Linux
   6.5: where that is ENOPROTOOPT the point skips. */
static void pass_pidfd(int sock)
{
	FT_FDS int probe[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, probe);
	close(pf_peer_pidfd(probe[0]));
	int on = 1;
	FT_SYS(setsockopt(sock, SOL_SOCKET, SO_PASSPIDFD, &on, sizeof on));
}

/* Receives one byte; returns the SCM_PIDFD descriptor it carried or -1. */
static int recv_pidfd(int sock)
{
	char byte;
	struct iovec iov = { &byte, 1 };
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int)) * 4];
	} ctl;
	memset(&ctl, 0, sizeof ctl);
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = ctl.buf, .msg_controllen = sizeof ctl.buf };
	FT_EQ(recvmsg(sock, &msg, 0), 1);
	FT_FALSE(msg.msg_flags & MSG_CTRUNC);
	int pidfd = -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_PIDFD) {
			FT_EQ(c->cmsg_len, CMSG_LEN(sizeof(int)));
			memcpy(&pidfd, CMSG_DATA(c), sizeof pidfd);
		}
	return pidfd;
}

FT_POINT(refers_to_sending_child)
{
	pf_need_waitid_pidfd();
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, pair);
	pass_pidfd(pair[0]);
	pid_t child = ft_fork();
	if (child == 0) {
		FT_EQ(send(pair[1], "m", 1, 0), 1);
		_exit(0);
	}
	FT_FD int pidfd = recv_pidfd(pair[0]);
	FT_GE(pidfd, 0);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	FT_SYS(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED));
	FT_EQ(si.si_pid, child);
	FT_EQ(si.si_code, CLD_EXITED);
}

FT_POINT(cloexec_and_lowest)
{
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, pair);
	pass_pidfd(pair[0]);
	FT_EQ(send(pair[1], "m", 1, 0), 1);
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int pidfd = recv_pidfd(pair[0]);
	FT_EQ(pidfd, gap);
	FT_FLAG_SET(ft_getfd(pidfd), FD_CLOEXEC);
	FT_EQ(pf_fdinfo_pid(pidfd), getpid());
}

FT_POINT(none_without_option)
{
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, pair);
	pass_pidfd(pair[1]); /* the feature exists; the receiving end lacks it */
	FT_EQ(send(pair[1], "m", 1, 0), 1);
	int before = ft_lowest_free();
	FT_EQ(recv_pidfd(pair[0]), -1);
	FT_EQ(ft_lowest_free(), before);
}
