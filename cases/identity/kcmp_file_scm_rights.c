/*
 * identity/kcmp_file_scm_rights - a descriptor received over a Unix
 * domain socket in an SCM_RIGHTS message refers to the sender's open file
 * description: kcmp(2) KCMP_FILE answers 0 between the sent and the
 * received descriptor, whether the receiver is the sender itself or
 * another process, for every descriptor type.
 */
#include "identity.h"

FT_CASE("kcmp(KCMP_FILE) reports a descriptor passed with SCM_RIGHTS as the sender's open file description",
	"kcmp(2) DESCRIPTION (KCMP_FILE); unix(7) \"Ancillary messages\" (SCM_RIGHTS)");

FT_TABLE(to_self_same, ft_fd_kinds)
{
	id_need_kcmp();
	FT_FD int fd = row->open();
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, pair);
	SCM_SEND1(pair[0], fd);
	FT_FD int got = scm_recv1(pair[1]);
	FT_NE(got, fd);
	FT_EQ(id_kcmp_file(getpid(), fd, getpid(), got), 0);
}

FT_POINT(to_child_same)
{
	id_need_kcmp();
	FT_FD int fd = ft_tmpfile("data", NULL);
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, pair);
	pid_t child = ft_fork();
	if (child == 0) { /* receives, reports the number, waits for EOF */
		close(pair[0]);
		int got = scm_recv1(pair[1]);
		ft_write_all(pair[1], &got, sizeof got);
		char c;
		FT_EQ(read(pair[1], &c, 1), 0);
		_exit(0);
	}
	ft_close(&pair[1]);
	SCM_SEND1(pair[0], fd);
	int got;
	FT_EQ(ft_read_all(pair[0], &got, sizeof got), sizeof got);
	FT_EQ(id_kcmp_file(getpid(), fd, child, got), 0);
	ft_close(&pair[0]);
	FT_CHILD_OK(child);
}
