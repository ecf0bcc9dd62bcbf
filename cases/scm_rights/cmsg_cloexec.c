/*
 * scm_rights/cmsg_cloexec - recvmsg() with MSG_CMSG_CLOEXEC installs the
 * received descriptors with FD_CLOEXEC set, atomically, so an execve() in
 * the receiver (or in a child forked meanwhile) does not inherit them.
 * Added in Linux 2.6.23.
 * The rule holds for every type of descriptor passed.
 *
 * Cites: recv(2) "The flags argument" MSG_CMSG_CLOEXEC (since Linux
 * 2.6.23); unix(7) "Ancillary messages" SCM_RIGHTS; fcntl(2) "File
 * descriptor flags".
 */
#include "scm_rights.h"

FT_CASE("MSG_CMSG_CLOEXEC sets FD_CLOEXEC on every received descriptor",
	"recv(2) MSG_CMSG_CLOEXEC (Linux 2.6.23); unix(7) \"Ancillary messages\" SCM_RIGHTS; fcntl(2)");

static void recv_cloexec(int fds_out[2], int sv[2])
{
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	int send[2] = { sv[0], sv[1] };
	FT_EQ(scm_send(sv[0], send, 2, "x", 1), 1);
	struct scm_got g;
	char c;
	FT_EQ(scm_recv(sv[1], &c, 1, 2, MSG_CMSG_CLOEXEC, &g), 1);
	FT_EQ(g.nfds, 2);
	fds_out[0] = g.fds[0];
	fds_out[1] = g.fds[1];
}

FT_POINT(all_received_fds_cloexec)
{
	FT_FDS int sv[2] = FT_NO_FDS, r[2] = FT_NO_FDS;
	recv_cloexec(r, sv);
	FT_EQ(ft_getfd(r[0]), FD_CLOEXEC);
	FT_EQ(ft_getfd(r[1]), FD_CLOEXEC);
}

FT_POINT(received_fds_gone_after_exec)
{
	FT_FDS int sv[2] = FT_NO_FDS, r[2] = FT_NO_FDS;
	recv_cloexec(r, sv);
	struct ft_probe p;
	ft_exec_probe(&p, NULL, NULL);
	FT_TRUE(ft_probe_find(&p, r[0]) == NULL);
	FT_TRUE(ft_probe_find(&p, r[1]) == NULL);
}

/* Every type of descriptor, sent without FD_CLOEXEC. */
FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int sent = row->open();
	FT_SYS(fcntl(sent, F_SETFD, 0));
	FT_FD int got = scm_pass(sent, MSG_CMSG_CLOEXEC);
	FT_EQ(ft_getfd(got), FD_CLOEXEC);
}
