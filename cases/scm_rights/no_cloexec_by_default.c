/*
 * scm_rights/no_cloexec_by_default - FD_CLOEXEC is a flag of the
 * descriptor, not of the open file description, so it does not travel: a
 * descriptor received without MSG_CMSG_CLOEXEC has FD_CLOEXEC clear even
 * when the sender's descriptor had it set, and it survives an execve().
 * The rule holds for every type of descriptor passed.
 *
 * Cites: unix(7) "Ancillary messages" SCM_RIGHTS (like dup(2)); dup(2)
 * DESCRIPTION (the close-on-exec flag of the duplicate is off); fcntl(2)
 * "File descriptor flags"; recv(2) MSG_CMSG_CLOEXEC.
 */
#include "scm_rights.h"

FT_CASE("a received descriptor has FD_CLOEXEC clear unless MSG_CMSG_CLOEXEC is used",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; fcntl(2) \"File descriptor flags\"; recv(2) MSG_CMSG_CLOEXEC; dup(2)");

FT_POINT(sender_cloexec_not_carried)
{
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int r = scm_pass(fd, 0);
	FT_EQ(ft_getfd(r), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(received_fd_survives_exec)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	SCM_SEND1(sv[0], fd);
	FT_FD int r = scm_recv1(sv[1]);
	ft_close(&fd);
	FT_SYS(fcntl(sv[0], F_SETFD, FD_CLOEXEC));
	FT_SYS(fcntl(sv[1], F_SETFD, FD_CLOEXEC));
	struct ft_probe p;
	ft_exec_probe(&p, NULL, NULL);
	const struct ft_probe_fd *e = ft_probe_find(&p, r);
	FT_TRUE(e != NULL);
	FT_STREQ(e->type, "dir");
	FT_EQ(e->fdflags, 0);
}

/* Every type of descriptor, sent with FD_CLOEXEC set. */
FT_TABLE(kind, ft_fd_kinds)
{
	FT_FD int sent = row->open();
	FT_SYS(fcntl(sent, F_SETFD, FD_CLOEXEC));
	FT_FD int got = scm_pass(sent, 0);
	FT_EQ(ft_getfd(got), 0);
}
