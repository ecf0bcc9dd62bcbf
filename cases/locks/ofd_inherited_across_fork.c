/*
 * locks/ofd_inherited_across_fork - unlike POSIX record locks, an open
 * file description lock is inherited across fork: the child's inherited
 * descriptor holds the same lock (no conflict, and the child can release
 * it), and the lock survives the parent's close for as long as the child
 * keeps the description open.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (inherited
 * across fork(2); released on the last close of the description).
 */
#include "locks.h"

FT_CASE("an OFD lock is inherited across fork and lives until the last close anywhere",
	"fcntl(2) \"Open file description locks (non-POSIX)\"");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

FT_POINT(child_holds_the_same_lock)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10)); /* its own */
		FT_EQ(lk_get(fd, F_OFD_GETLK, F_WRLCK, 0, 10).l_type, F_UNLCK);
		FT_TRUE(lk_ofd_busy(path, 0, 10));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_TRUE(lk_ofd_busy(path, 0, 10)); /* the child's exit kept it */
}

FT_POINT(child_can_release)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	pid_t pid = ft_fork();
	if (pid == 0) {
		FT_SYS(lk_set(fd, F_OFD_SETLK, F_UNLCK, 0, 10));
		_exit(0);
	}
	FT_CHILD_OK(pid);
	FT_FALSE(lk_ofd_busy(path, 0, 10));
}

FT_POINT(survives_parent_close)
{
	char path[FT_PATH_MAX];
	int fd = ft_tmpfile("0123456789", path);
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 0, 10));
	int hold[2];
	FT_SYS(pipe(hold));
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		close(hold[1]);
		FT_EQ(read(hold[0], &c, 1), 0);
		_exit(0); /* the last close of the description */
	}
	close(hold[0]);
	close(fd);
	FT_TRUE(lk_ofd_busy(path, 0, 10)); /* the child still has it */
	close(hold[1]);
	FT_CHILD_OK(pid);
	FT_FALSE(lk_ofd_busy(path, 0, 10));
}
