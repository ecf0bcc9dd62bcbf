/*
 * errno_order/fcntl_bad_fd_first - fcntl(2) looks the descriptor up
 * before it looks at the command or its argument: a closed number gives
 * EBADF with an unknown command, with F_DUPFD at the limit and with
 * F_GETLK on an unreadable struct; on an O_PATH descriptor any command
 * outside the O_PATH set (F_SETLK, an unknown one) is EBADF.
 *
 * Cites: fcntl(2) ERRORS (EBADF, EINVAL for cmd and for F_DUPFD's arg,
 * EFAULT); open(2) O_PATH (only F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD,
 * F_SETFD, F_GETFL; other operations fail with EBADF).  The order is the
 * kernel's: the fcntl system call does fdget_raw() first, then for O_PATH
 * check_fcntl_cmd(), then do_fcntl().
 */
#include "errno_order.h"

FT_CASE("fcntl reports EBADF before it looks at the command or argument",
	"fcntl(2) ERRORS; open(2) O_PATH; kernel fcntl() fdget_raw before do_fcntl()");

static const char *src = "fs/fcntl.c fcntl(): fdget_raw, check_fcntl_cmd for O_PATH, do_fcntl";
#define UNKNOWN_CMD 99999

FT_POINT(each_error_alone)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_ERRNO(fcntl(eo_closed_fd(), F_GETFD), EBADF);
	FT_ERRNO(fcntl(fd, UNKNOWN_CMD), EINVAL);
	FT_ERRNO(fcntl(fd, F_DUPFD, eo_nofile()), EINVAL);
	FT_ERRNO(fcntl(fd, F_GETLK, EO_BAD_PTR), EFAULT);
}

FT_POINT(closed_fd_unknown_cmd_ebadf)
{
	EO_KERNEL_ORDER(fcntl(eo_closed_fd(), UNKNOWN_CMD), EBADF, EINVAL, src);
}

FT_POINT(closed_fd_dupfd_limit_ebadf)
{
	EO_KERNEL_ORDER(fcntl(eo_closed_fd(), F_DUPFD, eo_nofile()), EBADF, EINVAL, src);
	EO_KERNEL_ORDER(fcntl(eo_closed_fd(), F_DUPFD_CLOEXEC, -1), EBADF, EINVAL, src);
}

FT_POINT(closed_fd_bad_pointer_ebadf)
{
	EO_KERNEL_ORDER(fcntl(eo_closed_fd(), F_GETLK, EO_BAD_PTR), EBADF, EFAULT, src);
	EO_KERNEL_ORDER(fcntl(eo_closed_fd(), F_SETLK, EO_BAD_PTR), EBADF, EFAULT, src);
}

FT_POINT(o_path_outside_set_ebadf)
{
	char path[FT_PATH_MAX];
	int t = ft_tmpfile("x", path);
	FT_FD int fd = FT_SYS(open(path, O_PATH | O_CLOEXEC));
	close(t);
	struct flock fl = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
	FT_ERRNO(fcntl(fd, F_SETLK, &fl), EBADF);
	EO_KERNEL_ORDER(fcntl(fd, UNKNOWN_CMD), EBADF, EINVAL, src);
	EO_KERNEL_ORDER(fcntl(fd, F_GETLK, EO_BAD_PTR), EBADF, EFAULT, src);
}
