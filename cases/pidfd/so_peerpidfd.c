/*
 * pidfd/so_peerpidfd - getsockopt(SO_PEERPIDFD) on a connected Unix
 * domain socket (Linux 6.5) returns a new PID file descriptor for the
 * peer process whose credentials the socket holds: the process that
 * called connect(2), or for socketpair(2) the process that created the
 * pair.  Like every pidfd it is close-on-exec and takes the lowest free
 * number; it refers to the peer, so for a child peer waitid(P_PIDFD)
 * reports that child.
 */
#include "pidfd.h"
#include <sys/un.h>

FT_CASE("SO_PEERPIDFD gives a close-on-exec, lowest-numbered pidfd for the connected peer",
	"Linux 6.5 commit \"net: core: add getsockopt SO_PEERPIDFD\"; unix(7) SO_PEERCRED; "
	"pidfd_open(2) DESCRIPTION; waitid(2) P_PIDFD");

FT_POINT(refers_to_connecting_child)
{
	pf_need_waitid_pidfd();
	struct sockaddr_un addr = { .sun_family = AF_UNIX, .sun_path = "peer.sock" };
	FT_FD int listener = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(listener, (struct sockaddr *)&addr, sizeof addr));
	FT_SYS(listen(listener, 1));
	pid_t child = ft_fork();
	if (child == 0) {
		int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM, 0));
		FT_SYS(connect(s, (struct sockaddr *)&addr, sizeof addr));
		char c;
		FT_EQ(read(s, &c, 1), 0); /* until the test closes its end */
		_exit(0);
	}
	FT_FD int conn = FT_SYS(accept4(listener, NULL, NULL, SOCK_CLOEXEC));
	FT_FD int pidfd = pf_peer_pidfd(conn);
	siginfo_t si;
	memset(&si, 0x5a, sizeof si);
	FT_SYS(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED | WNOHANG));
	FT_EQ(si.si_pid, 0); /* our child, still running */
	ft_close(&conn);
	FT_SYS(waitid(P_PIDFD, (id_t)pidfd, &si, WEXITED));
	FT_EQ(si.si_pid, child);
	FT_EQ(si.si_code, CLD_EXITED);
	FT_EQ(si.si_status, 0);
}

FT_POINT(socketpair_refers_to_creator)
{
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, pair);
	FT_FD int pidfd = pf_peer_pidfd(pair[0]);
	FT_EQ(pf_fdinfo_pid(pidfd), getpid());
}

FT_POINT(cloexec_and_lowest)
{
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, pair);
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int pidfd = pf_peer_pidfd(pair[1]);
	FT_EQ(pidfd, gap);
	FT_FLAG_SET(ft_getfd(pidfd), FD_CLOEXEC);
	FT_FD int again = pf_peer_pidfd(pair[1]); /* a new descriptor each call */
	FT_NE(again, pidfd);
}
