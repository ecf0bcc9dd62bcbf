/*
 * dup/fork_shares_offset - a child made by fork() holds duplicates of the
 * parent's descriptors that refer to the same open file descriptions, so
 * one file offset moves for both processes: reads, writes and lseek in
 * the child are seen by the parent, and the parent's by the child.
 *
 * Cites: fork(2) DESCRIPTION (open file descriptors); open(2) NOTES "Open
 * file descriptions"; POSIX fork(3p).
 */
#include "fdtest.h"

FT_CASE("parent and child after fork share the file offset",
	"fork(2) DESCRIPTION; open(2) NOTES \"Open file descriptions\"; POSIX fork(3p)");

FT_POINT(child_read_moves_parent)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char buf[2];
		FT_EQ(read(fd, buf, 2), 2);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(child_write_moves_parent)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(write(fd, "abc", 3), 3);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(write(fd, "d", 1), 1); /* continues after the child's data */
	char buf[8];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(parent_lseek_seen_by_child)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FDS int g[2] = FT_NO_FDS;
	FT_SYS(pipe(g));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		FT_EQ(read(g[0], &c, 1), 1); /* the parent has seeked */
		FT_EQ(ft_offset(fd), 4);
		FT_EQ(read(fd, &c, 1), 1);
		FT_EQ(c, 'e');
		_exit(0);
	}
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_EQ(write(g[1], "go", 1), 1);
	FT_CHILD_OK(pid);
	FT_EQ(ft_offset(fd), 5);
}
