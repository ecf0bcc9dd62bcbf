/*
 * io_uring/ring_fd_scm_rights - a ring descriptor in an SCM_RIGHTS
 * message.  Since Linux 6.7 (commit 705318a99a13, "io_uring/af_unix:
 * disable sending io_uring over sockets", also in stable kernels) the
 * kernel refuses it: sendmsg() fails with EINVAL and delivers nothing,
 * not even the other descriptors of the message.  Older kernels pass it,
 * and the receiver's descriptor then names the same ring.  The point
 * accepts either, checking what each implies.
 */
#include "io_uring.h"
#include <sys/uio.h>

/* sendmsg() of one byte with n descriptors in an SCM_RIGHTS message;
   returns what sendmsg returned. */
static ssize_t send_fds(int sock, const int *fds, int n)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * 2)];
		struct cmsghdr align;
	} u;
	struct iovec iov = { "x", 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf,
			    .msg_controllen = CMSG_SPACE(sizeof(int) * n) };
	memset(&u, 0, sizeof u);
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int) * n);
	memcpy(CMSG_DATA(c), fds, sizeof(int) * n);
	return sendmsg(sock, &m, 0);
}

/* recvmsg() of one byte; fds[] gets the descriptors it carried (up to
   two, close-on-exec); returns how many, or -1 if recvmsg failed. */
static int recv_fds(int sock, int *fds)
{
	union {
		char buf[CMSG_SPACE(sizeof(int) * 2)];
		struct cmsghdr align;
	} u;
	char byte;
	struct iovec iov = { &byte, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = u.buf, .msg_controllen = sizeof u.buf };
	memset(&u, 0, sizeof u);
	if (recvmsg(sock, &m, MSG_CMSG_CLOEXEC) != 1)
		return -1;
	int n = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			for (size_t i = 0; i < (c->cmsg_len - CMSG_LEN(0)) / sizeof(int) && n < 2; i++)
				memcpy(&fds[n++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
	return n;
}

FT_CASE("an io_uring descriptor over SCM_RIGHTS is refused (6.7) or is the same ring",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; Linux 6.7 commit "
	"705318a99a13 (io_uring/af_unix: disable sending io_uring over "
	"sockets); io_uring_setup(2) DESCRIPTION");

static void send_ring(int extra)
{
	UR_RING r = UR_NO_RING;
	ur_setup(&r, 0);
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, sv);
	FT_FD int other = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int fds[2] = { extra ? other : r.fd, r.fd };
	int nfds = extra ? 2 : 1;
	int fds_before[FT_PROBE_MAX];
	int before = ft_list_fds(fds_before, FT_PROBE_MAX);
	errno = 0;
	ssize_t sent = send_fds(sv[0], fds, nfds);
	if (sent == -1) {
		FT_EQ(errno, EINVAL);
		ft_note("refused with EINVAL (Linux 6.7 and later)");
		/* nothing was queued: no byte, no descriptor */
		FT_EQ(ft_poll_in(sv[1], 0), 0);
		FT_EQ(ft_list_fds(fds_before, FT_PROBE_MAX), before);
		struct ur_sqe nop = ur_nop();
		FT_EQ(ur_do(&r, &nop), 0);
		return;
	}
	FT_EQ(sent, 1);
	int got[2] = { -1, -1 };
	int n = recv_fds(sv[1], got);
	FT_FD int got0 = got[0];
	FT_FD int got1 = got[1];
	FT_EQ(n, nfds);
	int copy = got[nfds - 1];
	FT_EQ(ur_ino(copy), ur_ino(r.fd));
	struct ur_sqe nop = ur_nop();
	FT_EQ(ur_do_via(&r, &nop, copy, 0), 0);
}

FT_POINT(ring_alone)
{
	send_ring(0);
}

FT_POINT(ring_with_another_fd)
{
	send_ring(1);
}
