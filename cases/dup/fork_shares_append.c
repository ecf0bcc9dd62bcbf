/*
 * dup/fork_shares_append - O_APPEND is a status flag of the open file
 * description, so when one process sets or clears it with F_SETFL after
 * fork(), the other process reports the change and its writes obey it.
 *
 * Cites: fork(2) DESCRIPTION (open file status flags are shared);
 * fcntl(2) "File status flags"; open(2) NOTES "Open file descriptions".
 */
#include "fdtest.h"

FT_CASE("O_APPEND set with F_SETFL is shared across fork in both directions",
	"fork(2) DESCRIPTION; fcntl(2) \"File status flags\"; open(2) NOTES \"Open file descriptions\"");

FT_POINT(child_sets_parent_sees)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_APPEND));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_SET(ft_getfl(fd), O_APPEND);
	FT_EQ(ft_offset(fd), 0);
	FT_EQ(write(fd, "d", 1), 1); /* lands at the end, not at 0 */
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(parent_sets_child_sees)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FDS int g[2] = FT_NO_FDS;
	FT_SYS(pipe(g));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_EQ(read(g[0], &c, 1), 1);
		FT_FLAG_SET(ft_getfl(fd), O_APPEND);
		FT_EQ(write(fd, "d", 1), 1);
		_exit(0);
	}
	FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) | O_APPEND));
	FT_EQ(write(g[1], "go", 1), 1);
	FT_CHILD_OK(pid);
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(child_clears_parent_sees)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_APPEND, 0600));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFL, ft_getfl(fd) & ~O_APPEND));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FLAG_CLEAR(ft_getfl(fd), O_APPEND);
}
