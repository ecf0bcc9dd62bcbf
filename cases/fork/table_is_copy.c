/*
 * fork/table_is_copy - fork() gives the child a copy of the descriptor
 * table, not a share of it: a descriptor the child opens or dup2()s into
 * a free number does not appear in the parent, and one the parent opens
 * after the fork does not appear in the child; an inherited descriptor
 * of any type the child closes stays open in the parent.
 *
 * Cites: fork(2) DESCRIPTION ("copies of the parent's set of open file
 * descriptors"); clone(2) "The flags mask", CLONE_FILES not set; POSIX
 * fork(3p).
 */
#include "fork.h"

FT_CASE("fork copies the descriptor table; later opens are per process",
	"fork(2) DESCRIPTION; clone(2) \"The flags mask\" (CLONE_FILES); POSIX fork(3p)");

FT_POINT(child_open_not_in_parent)
{
	FT_FDS int r[2] = FT_NO_FDS;
	FT_SYS(pipe(r));
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fd = FT_SYS(open("child", O_RDWR | O_CREAT, 0600));
		FT_EQ(write(r[1], &fd, sizeof fd), (long)sizeof fd);
		_exit(0);
	}
	int fd = -1;
	FT_EQ(read(r[0], &fd, sizeof fd), (long)sizeof fd);
	FT_CHILD_OK(pid);
	FT_TRUE(!ft_is_open(fd) || !fk_same_file(fd, "child"));
}

FT_POINT(child_dup2_not_in_parent)
{
	FT_FD int a = ft_tmpfile("a", NULL);
	int free_fd = ft_lowest_free();
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(dup2(a, free_fd), free_fd);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FALSE(ft_is_open(free_fd));
}

FT_POINT(parent_open_not_in_child)
{
	FT_FDS int r[2] = FT_NO_FDS;
	FT_SYS(pipe(r));
	pid_t pid = ft_fork();
	if (pid == 0) {
		int fd = -1;
		FT_EQ(read(r[0], &fd, sizeof fd), (long)sizeof fd);
		FT_TRUE(!ft_is_open(fd) || !fk_same_file(fd, "parent"));
		_exit(0);
	}
	FT_FD int fd = FT_SYS(open("parent", O_RDWR | O_CREAT, 0600));
	FT_EQ(write(r[1], &fd, sizeof fd), (long)sizeof fd);
	FT_CHILD_OK(pid);
}

FT_TABLE(child_close_not_in_parent_for, ft_fd_kinds)
{
	FT_FD int fd = row->open();
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(close(fd), 0);
		FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_TRUE(ft_is_open(fd));
}
