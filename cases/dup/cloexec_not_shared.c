/*
 * dup/cloexec_not_shared - the close-on-exec flag belongs to the
 * descriptor, not to the open file description: setting or clearing it on
 * one of two dup'd descriptors (or in a forked child) leaves the other
 * unchanged, and execve() closes only the one that carries it.
 *
 * Cites: dup(2) DESCRIPTION (the descriptors do not share the close-on-exec
 * flag); fcntl(2) "File descriptor flags"; fork(2) DESCRIPTION.
 */
#include "fdtest.h"

FT_CASE("FD_CLOEXEC is per descriptor, not shared by dup'd descriptors",
	"dup(2) DESCRIPTION; fcntl(2) \"File descriptor flags\"; fork(2) DESCRIPTION");

FT_POINT(set_on_dup_only)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(fcntl(d, F_SETFD, FD_CLOEXEC));
	FT_EQ(ft_getfd(d), FD_CLOEXEC);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(clear_on_dup_only)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_SYS(fcntl(d, F_SETFD, 0));
	FT_EQ(ft_getfd(d), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(child_setfd_not_seen_by_parent)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(exec_closes_only_flagged)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(fcntl(d, F_SETFD, FD_CLOEXEC));
	struct ft_probe pr;
	ft_exec_probe(&pr, NULL, NULL);
	FT_TRUE(ft_probe_find(&pr, fd) != NULL);
	FT_TRUE(ft_probe_find(&pr, d) == NULL);
}
