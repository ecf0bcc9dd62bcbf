/*
 * exec/msg_cmsg_cloexec_closed - a descriptor received in an SCM_RIGHTS
 * message by recvmsg() with MSG_CMSG_CLOEXEC is close-on-exec and is
 * closed by execve; one received without that flag survives, whatever
 * the flag of the descriptor sent.  Variants: every descriptor type sent.
 */
#include "exec.h"
#include "../scm_rights/scm_rights.h"

FT_CASE("descriptors received with MSG_CMSG_CLOEXEC are closed by execve",
	"recv(2) \"The flags argument\" (MSG_CMSG_CLOEXEC); unix(7) \"Ancillary messages\"; execve(2) \"Effect on process attributes\"");

static void check(int sent)
{
	FT_FDS int s[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, s);
	SCM_SEND1(s[0], sent);
	SCM_SEND1(s[0], sent);
	struct scm_got got;
	char c;
	FT_EQ(scm_recv(s[1], &c, 1, 1, MSG_CMSG_CLOEXEC, &got), 1);
	FT_EQ(got.nfds, 1);
	FT_FD int marked = got.fds[0];
	FT_FD int plain = scm_recv1(s[1]);
	EX_CLOSED_KEPT(marked, -1, plain, -1);
}

FT_POINT(received_fd)
{
	FT_FD int sent = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	check(sent);
}

FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int sent = row->open();
	check(sent);
}
