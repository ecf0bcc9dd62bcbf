/*
 * dup/cloexec_not_shared - the close-on-exec flag belongs to the
 * descriptor, not to the open file description: setting or clearing it on
 * one of two dup'd descriptors (or in a forked child) leaves the other
 * unchanged, and execve() closes only the one that carries it.  For every
 * call of the dup family (dup, dup2, dup3 with and without O_CLOEXEC,
 * F_DUPFD, F_DUPFD_CLOEXEC) the copy's flag is its own from the start
 * (set only by the calls that set it, whatever the original's) and
 * changing either leaves the other alone.
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

FT_TABLE(own_flag_via, ft_dup_kinds)
{
	int copy_flag = row->cloexec ? FD_CLOEXEC : 0;
	int orig_flag = FD_CLOEXEC - copy_flag; /* the other one */
	FT_FD int orig = FT_SYS(open("f", O_RDWR | O_CREAT | (orig_flag ? O_CLOEXEC : 0), 0600));
	FT_FD int copy = FT_SYS(row->dup(orig));
	FT_EQ(ft_getfd(copy), copy_flag);
	FT_SYS(fcntl(orig, F_SETFD, copy_flag));
	FT_EQ(ft_getfd(copy), copy_flag);
	FT_SYS(fcntl(copy, F_SETFD, orig_flag));
	FT_EQ(ft_getfd(orig), copy_flag);
	FT_EQ(ft_getfd(copy), orig_flag);
}
