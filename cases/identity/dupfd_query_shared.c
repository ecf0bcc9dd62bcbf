/*
 * identity/dupfd_query_shared - fcntl(2) F_DUPFD_QUERY (Linux 6.10) asks
 * whether the descriptor given as argument refers to the same open file
 * description as the one operated on: it answers 1 for any copy the dup
 * family makes, in either direction, for a descriptor received back over
 * SCM_RIGHTS and for one taken with pidfd_getfd from the process itself,
 * and for the descriptor with itself.  Axes: the dup family; every
 * descriptor type.  A kernel without the command says EINVAL: skipped.
 */
#include "identity.h"

FT_CASE("F_DUPFD_QUERY is 1 for descriptors on one open file description",
	"Linux 6.10 commit \"fcntl: add F_DUPFD_QUERY fcntl()\"; fcntl(2) \"Duplicating a file descriptor\"; "
	"open(2) NOTES \"Open file descriptions\"");

FT_TABLE(dup_family, ft_dup_kinds)
{
	id_need_dupfd_query();
	FT_FD int orig = ft_tmpfile("x", NULL);
	FT_FD int copy = FT_SYS(row->dup(orig));
	FT_EQ(fcntl(orig, F_DUPFD_QUERY, copy), 1);
	FT_EQ(fcntl(copy, F_DUPFD_QUERY, orig), 1);
}

FT_TABLE(every_type, ft_fd_kinds)
{
	id_need_dupfd_query();
	FT_FD int orig = row->open();
	FT_FD int copy = FT_SYS(fcntl(orig, F_DUPFD_CLOEXEC, 0));
	FT_EQ(fcntl(orig, F_DUPFD_QUERY, copy), 1);
	FT_EQ(fcntl(orig, F_DUPFD_QUERY, orig), 1);
}

FT_POINT(scm_rights_to_self)
{
	id_need_dupfd_query();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FDS int pair[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, pair);
	SCM_SEND1(pair[0], fd);
	FT_FD int got = scm_recv1(pair[1]);
	FT_EQ(fcntl(got, F_DUPFD_QUERY, fd), 1);
}

FT_POINT(pidfd_getfd_self)
{
	id_need_dupfd_query();
	sp_need_pidfd_getfd();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FD int self = FT_SYS(sp_pidfd_open(getpid(), 0));
	FT_FD int got = FT_SYS(sp_pidfd_getfd(self, fd, 0));
	FT_EQ(fcntl(got, F_DUPFD_QUERY, fd), 1);
}

FT_POINT(inherited_across_fork)
{
	id_need_dupfd_query();
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_FD int copy = FT_SYS(dup(fd));
	pid_t child = ft_fork();
	if (child == 0) { /* the child's copies still share one description */
		FT_EQ(fcntl(copy, F_DUPFD_QUERY, fd), 1);
		_exit(0);
	}
	FT_CHILD_OK(child);
}
