/*
 * dup/fork_child_close_keeps_parent - the child of fork() has its own
 * descriptor table holding copies of the parent's descriptors; closing a
 * descriptor in the child removes only the child's copy, and the parent's
 * stays open and usable, with the shared file offset intact.
 *
 * Cites: fork(2) DESCRIPTION (the child inherits copies of the parent's
 * descriptors); close(2) DESCRIPTION; POSIX fork(3p).
 */
#include "fdtest.h"

FT_CASE("closing a descriptor in a forked child leaves the parent's open",
	"fork(2) DESCRIPTION; close(2) DESCRIPTION; POSIX fork(3p)");

FT_POINT(file_stays_usable)
{
	int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_EQ(close(fd), 0);
		FT_ERRNO(fcntl(fd, F_GETFD), EBADF);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_NE(fcntl(fd, F_GETFD), -1);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'c');
	close(fd);
}

FT_POINT(pipe_write_end_stays_usable)
{
	int p[2];
	FT_SYS(pipe(p));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(p[0]);
		close(p[1]);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(write(p[1], "x", 1), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(c, 'x');
	close(p[0]);
	close(p[1]);
}
