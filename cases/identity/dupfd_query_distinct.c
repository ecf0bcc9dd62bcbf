/*
 * identity/dupfd_query_distinct - fcntl(2) F_DUPFD_QUERY (Linux 6.10)
 * answers 0 for descriptors on different open file descriptions, even of
 * the same file: two opens of one path, a reopening through /proc/self/fd,
 * a pipe's two ends, a socket pair's two ends; and fails with EBADF when
 * the argument is not an open descriptor.  A kernel without the command
 * says EINVAL: skipped.
 */
#include "identity.h"

FT_CASE("F_DUPFD_QUERY is 0 for different open file descriptions, EBADF for a closed argument",
	"Linux 6.10 commit \"fcntl: add F_DUPFD_QUERY fcntl()\"; open(2) NOTES \"Open file descriptions\"; "
	"fcntl(2) ERRORS (EBADF)");

FT_POINT(same_path_twice)
{
	id_need_dupfd_query();
	char path[FT_PATH_MAX];
	FT_FD int first = ft_tmpfile("x", path);
	FT_FD int second = FT_SYS(open(path, O_RDONLY | O_CLOEXEC));
	FT_EQ(fcntl(first, F_DUPFD_QUERY, second), 0);
	FT_EQ(fcntl(second, F_DUPFD_QUERY, first), 0);
}

FT_POINT(proc_self_fd_reopen)
{
	ft_require(FT_NEEDS_PROC);
	id_need_dupfd_query();
	FT_FD int fd = ft_tmpfile("x", NULL);
	char link[64];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	FT_FD int again = FT_SYS(open(link, O_RDONLY | O_CLOEXEC));
	FT_EQ(fcntl(fd, F_DUPFD_QUERY, again), 0);
}

FT_POINT(pipe_and_socketpair_ends)
{
	id_need_dupfd_query();
	FT_FDS int p[2] = FT_NO_FDS, s[2] = FT_NO_FDS;
	ft_pipe(p, O_CLOEXEC);
	ft_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, s);
	FT_EQ(fcntl(p[0], F_DUPFD_QUERY, p[1]), 0);
	FT_EQ(fcntl(s[0], F_DUPFD_QUERY, s[1]), 0);
	FT_EQ(fcntl(p[0], F_DUPFD_QUERY, s[0]), 0);
}

FT_POINT(closed_argument_ebadf)
{
	id_need_dupfd_query();
	FT_FD int fd = ft_tmpfile("x", NULL);
	int closed = FT_SYS(dup(fd));
	FT_SYS(close(closed));
	FT_ERRNO(fcntl(fd, F_DUPFD_QUERY, closed), EBADF);
	FT_ERRNO(fcntl(closed, F_DUPFD_QUERY, fd), EBADF);
}
