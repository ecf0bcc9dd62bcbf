/*
 * io_uring/ring_fd_scm_rights - a ring descriptor in an SCM_RIGHTS
 * message.  Since Linux 6.7 (commit 705318a99a13, "io_uring/af_unix:
 * disable sending io_uring over sockets", also in stable kernels) the
 * kernel refuses it: sendmsg() fails with EINVAL and delivers nothing,
 * not even the other descriptors of the message.  Older kernels pass it,
 * and the receiver's descriptor then names the same ring.  The point
 * accepts either, checking what each implies.  What SCM_RIGHTS passes is
 * described in unix(7) "Ancillary messages"; the ring descriptor comes
 * from io_uring_setup(2).
 */
#include "io_uring.h"
#include "../scm_rights/scm_rights.h"

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
	ssize_t sent = scm_send(sv[0], fds, nfds, "x", 1);
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
	struct scm_got got;
	char byte;
	FT_EQ(scm_recv(sv[1], &byte, 1, 2, MSG_CMSG_CLOEXEC, &got), 1);
	FT_FD int got0 = got.nfds > 0 ? got.fds[0] : -1;
	FT_FD int got1 = got.nfds > 1 ? got.fds[1] : -1;
	FT_EQ(got.nfds, nfds);
	int copy = got.fds[nfds - 1];
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
