/*
 * fcntl/o_path_allowed_commands - on an O_PATH descriptor the fcntl()
 * commands that act purely at the descriptor level work: F_GETFL (which
 * reports O_PATH), F_GETFD and F_SETFD, F_DUPFD and F_DUPFD_CLOEXEC.
 * open() ignores other flags given with O_PATH, except O_CLOEXEC.
 *
 * Cites: open(2) O_PATH (list of operations allowed; flags other than
 * O_CLOEXEC, O_DIRECTORY and O_NOFOLLOW ignored); fcntl(2) "File
 * descriptor flags".  O_PATH since Linux 2.6.39.
 */
#include "fdtest.h"

FT_CASE("fcntl F_GETFL/F_GETFD/F_SETFD/F_DUPFD work on an O_PATH descriptor",
	"open(2) O_PATH; fcntl(2) \"File descriptor flags\"");

static int open_path(int extra)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("abc", path));
	return FT_NEED_FLAG(open(path, O_PATH | extra), "O_PATH", "Linux 2.6.39");
}

FT_POINT(getfl_reports_o_path)
{
	FT_FD int fd = open_path(O_RDWR | O_APPEND); /* both ignored with O_PATH */
	int fl = ft_getfl(fd);
	FT_FLAG_SET(fl, O_PATH);
	FT_FLAG_CLEAR(fl, O_APPEND);
}

FT_POINT(getfd_setfd)
{
	FT_FD int fd = open_path(O_CLOEXEC);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
	FT_EQ(fcntl(fd, F_SETFD, 0), 0);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(dupfd)
{
	FT_FD int fd = open_path(0);
	FT_FD int a = FT_SYS(fcntl(fd, F_DUPFD, 0));
	FT_FD int b = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_FLAG_SET(ft_getfl(a), O_PATH);
	FT_EQ(ft_getfd(b), FD_CLOEXEC);
}
