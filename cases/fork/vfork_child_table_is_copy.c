/*
 * fork/vfork_child_table_is_copy - a vfork() child shares the parent's
 * memory but not its descriptor table: like a fork() child it has copies
 * of the parent's descriptors, so closing one, opening a file or setting
 * FD_CLOEXEC in the child before _exit() leaves the parent's table as it
 * was.
 *
 * Cites: vfork(2) "Linux description" (the child inherits copies of file
 * descriptors; only the address space is treated differently) and
 * "Caveats" (changes to the state of open file descriptors made in the
 * child are not visible in the parent).
 */
#include "fork.h"

FT_CASE("a vfork child has a copy, not a share, of the descriptor table",
	"vfork(2) \"Linux description\", \"Caveats\"");

FT_POINT(child_close_spares_parent)
{
	int fd = ft_tmpfile("v", NULL);
	char c;
	pid_t pid = vfork();
	if (pid == 0)
		_exit(close(fd) == 0 ? 0 : 1);
	FT_SYS(pid);
	FT_EQ(ft_wait_exit(pid, 0), 0);
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'v');
	close(fd);
}

FT_POINT(child_open_not_in_parent)
{
	int low = ft_lowest_free();
	pid_t pid = vfork();
	if (pid == 0)
		_exit(open("child", O_RDWR | O_CREAT, 0600) == low ? 0 : 1);
	FT_SYS(pid);
	FT_EQ(ft_wait_exit(pid, 0), 0);
	FT_FALSE(ft_is_open(low));
}

FT_POINT(child_setfd_not_in_parent)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	pid_t pid = vfork();
	if (pid == 0)
		_exit(fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 ? 0 : 1);
	FT_SYS(pid);
	FT_EQ(ft_wait_exit(pid, 0), 0);
	FT_EQ(ft_getfd(fd), 0);
}
