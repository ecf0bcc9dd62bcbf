/*
 * fork/cloexec_per_process - after fork() the parent and the child each
 * own their descriptor flags: setting or clearing FD_CLOEXEC in the child
 * leaves the parent's flag as it was, and a change in the parent is not
 * seen by the child.  (The flag belongs to the descriptor, not to the
 * shared open file description.)
 *
 * Cites: clone(2) "The flags mask", CLONE_FILES not set (changes to
 * descriptor flags in one process do not affect the other); fcntl(2)
 * "File descriptor flags"; fork(2) DESCRIPTION.
 */
#include "fork.h"

FT_CASE("FD_CLOEXEC changes after fork stay in the process that made them",
	"clone(2) \"The flags mask\" (CLONE_FILES); fcntl(2) \"File descriptor flags\"; fork(2) DESCRIPTION");

FT_POINT(child_set_not_in_parent)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
		FT_EQ(ft_getfd(fd), FD_CLOEXEC);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(child_clear_not_in_parent)
{
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(fcntl(fd, F_SETFD, 0));
		FT_EQ(ft_getfd(fd), 0);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(parent_set_not_in_child)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FDS int go[2] = FT_NO_FDS;
	char c;
	ft_pipe(go, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(go[1]);
		FT_EQ(read(go[0], &c, 1), 1); /* the parent has set it */
		FT_EQ(ft_getfd(fd), 0);
		_exit(0);
	}
	ft_close(&go[0]);
	FT_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	FT_EQ(write(go[1], "x", 1), 1);
	FT_CHILD_OK(pid);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}
