/*
 * locks/posix_not_inherited_by_fork - a child created by fork does not
 * hold its parent's POSIX record locks, even through the inherited
 * descriptor: to the child they are another process's locks (F_GETLK names
 * the parent, F_SETLK conflicts), and locks the child takes are its own.
 *
 * Cites: fcntl(2) "Advisory record locking" (not inherited by a child
 * created via fork(2)); fork(2) DESCRIPTION; POSIX fcntl(3p), fork(3p).
 */
#include "locks.h"

FT_CASE("POSIX record locks are not inherited by a forked child",
	"fcntl(2) \"Advisory record locking\"; fork(2) DESCRIPTION; POSIX fcntl(3p), fork(3p)");

FT_POINT(child_sees_parent_as_holder)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	pid_t me = getpid();
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 4));
	pid_t pid = ft_fork();
	if (pid == 0) {
		struct flock fl = lk_get(fd, F_GETLK, F_WRLCK, 0, 10);
		FT_EQ(fl.l_type, F_WRLCK);
		FT_EQ(fl.l_pid, me);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(child_setlk_conflicts)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 0, 4));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_ERRNO_ANY(lk_set(fd, F_SETLK, F_WRLCK, 2, 1), EAGAIN, EACCES);
		_exit(0);
	}
	FT_CHILD_OK(pid);
}

FT_POINT(child_locks_are_its_own)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_FDS int ready[2] = FT_NO_FDS;
	int hold[2];
	FT_SYS(pipe(ready));
	FT_SYS(pipe(hold));
	pid_t pid = ft_fork();
	if (pid == 0) {
		close(ready[0]);
		close(hold[1]);
		FT_SYS(lk_set(fd, F_SETLK, F_WRLCK, 5, 5));
		FT_EQ(write(ready[1], "r", 1), 1);
		char c;
		FT_EQ(read(hold[0], &c, 1), 0);
		_exit(0);
	}
	ft_close(&ready[1]);
	close(hold[0]);
	char c;
	FT_EQ(ft_read_all(ready[0], &c, 1), 1);
	struct flock fl = lk_get(fd, F_GETLK, F_RDLCK, 0, 10);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_pid, pid);
	FT_EQ(fl.l_start, 5);
	close(hold[1]);
	FT_CHILD_OK(pid);
}
