/*
 * locks/ofd_pid_field - the l_pid field of open file description locks:
 * F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK require it to be 0 (EINVAL
 * otherwise), and a GETLK that finds an OFD lock reports l_pid -1 since no
 * single process owns it, while a POSIX lock found by F_OFD_GETLK reports
 * its holder's PID.
 *
 * Cites: fcntl(2) "Open file description locks (non-POSIX)" (l_pid must
 * be zero), "Advisory record locking" (F_GETLK: l_pid -1 for an open file
 * description lock), ERRORS (EINVAL).
 */
#include "locks.h"

FT_CASE("OFD lock requests need l_pid 0; GETLK reports l_pid -1 for an OFD lock",
	"fcntl(2) \"Open file description locks (non-POSIX)\"; \"Advisory record locking\"; ERRORS");
FT_NEEDS(FT_NEEDS_OFD_LOCKS);

FT_POINT(nonzero_pid_einval)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_len = 1 };
	fl.l_pid = getpid();
	FT_ERRNO(fcntl(fd, F_OFD_SETLK, &fl), EINVAL);
	FT_ERRNO(fcntl(fd, F_OFD_SETLKW, &fl), EINVAL);
	FT_ERRNO(fcntl(fd, F_OFD_GETLK, &fl), EINVAL);
}

FT_POINT(getlk_reports_minus_one)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FD int other = FT_SYS(open(path, O_RDWR));
	FT_SYS(lk_set(fd, F_OFD_SETLK, F_WRLCK, 2, 3));
	struct flock fl = lk_get(other, F_OFD_GETLK, F_RDLCK, 0, 10);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_start, 2);
	FT_EQ(fl.l_len, 3);
	FT_EQ(fl.l_pid, -1);
	struct flock p = lk_get_other(path, F_RDLCK, 0, 10); /* POSIX F_GETLK */
	FT_EQ(p.l_type, F_WRLCK);
	FT_EQ(p.l_pid, -1);
}

FT_POINT(posix_holder_pid_reported)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	int rel;
	pid_t pid = lk_holder(path, F_SETLK, F_WRLCK, 0, 5, 0, &rel);
	struct flock fl = lk_get(fd, F_OFD_GETLK, F_WRLCK, 0, 10);
	FT_EQ(fl.l_type, F_WRLCK);
	FT_EQ(fl.l_pid, pid);
	close(rel);
	FT_CHILD_OK(pid);
}
