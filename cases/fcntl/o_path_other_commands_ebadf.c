/*
 * fcntl/o_path_other_commands_ebadf - an O_PATH descriptor does not open
 * the file, so fcntl() commands beyond the descriptor-level ones fail
 * with EBADF: F_SETFL (the status flags stay as they were), record locks
 * (F_GETLK, F_SETLK), F_GETOWN and F_GETSIG - all of which succeed on
 * an ordinary descriptor of the same file.
 *
 * Cites: open(2) O_PATH (the file itself is not opened; other operations
 * fail with EBADF; only F_GETFD, F_SETFD and F_GETFL are listed, besides
 * duplication).  O_PATH since Linux 2.6.39.
 */
#include "fdtest.h"

FT_CASE("fcntl commands other than the descriptor-level ones are EBADF on O_PATH",
	"open(2) O_PATH");

static int open_path(int *plain)
{
	char path[FT_PATH_MAX];
	*plain = ft_tmpfile("abc", path);
	return FT_NEED_FLAG(open(path, O_PATH), "O_PATH", "Linux 2.6.39");
}

FT_POINT(setfl_ebadf)
{
	FT_FD int plain = -1;
	FT_FD int fd = open_path(&plain);
	int fl = ft_getfl(fd);
	FT_ERRNO(fcntl(fd, F_SETFL, fl | O_NONBLOCK), EBADF);
	FT_EQ(ft_getfl(fd), fl);
	FT_EQ(fcntl(plain, F_SETFL, O_NONBLOCK), 0);
}

FT_POINT(locks_ebadf)
{
	FT_FD int plain = -1;
	FT_FD int fd = open_path(&plain);
	struct flock lk = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
	FT_ERRNO(fcntl(fd, F_GETLK, &lk), EBADF);
	FT_ERRNO(fcntl(fd, F_SETLK, &lk), EBADF);
	FT_EQ(fcntl(plain, F_GETLK, &lk), 0);
}

FT_POINT(getown_getsig_ebadf)
{
	FT_FD int plain = -1;
	FT_FD int fd = open_path(&plain);
	FT_ERRNO(fcntl(fd, F_GETOWN), EBADF);
	FT_ERRNO(fcntl(fd, F_GETSIG), EBADF);
	FT_NE(fcntl(plain, F_GETOWN), -1);
	FT_EQ(fcntl(plain, F_GETSIG), 0); /* the default: SIGIO */
}
