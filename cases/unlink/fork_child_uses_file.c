/*
 * unlink/fork_child_uses_file - a child created by fork() after the file's
 * name was removed inherits a descriptor that still reads and writes the
 * file; what the child writes is there for the parent to read after the
 * child has exited.
 *
 * Cites: unlink(2) DESCRIPTION; fork(2) DESCRIPTION (the child gets copies
 * of the parent's descriptors); POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("an unlinked file is usable through descriptors inherited across fork",
	"unlink(2) DESCRIPTION; fork(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(child_reads)
{
	FT_FD int fd = unlink_mkfile("f", "inherited");
	FT_SYS(unlink("f"));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char buf[16] = "";
		FT_EQ(ft_read_all(fd, buf, sizeof buf), 9);
		FT_MEMEQ(buf, "inherited", 9);
		FT_EQ(unlink_nlink(fd), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(child_writes_parent_reads)
{
	FT_FD int fd = unlink_mkfile("f", "abc");
	FT_SYS(unlink("f"));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(pwrite(fd, "child", 5, 3), 5);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 8);
	FT_MEMEQ(buf, "abcchild", 8);
}
