/*
 * errno_order/dup3_einval_before_ebadf - dup3(2) fails with EINVAL for
 * oldfd equal to newfd or an unknown flag, and Linux checks those before
 * it looks at oldfd or the range of newfd: dup3(n, n, 0) with n closed,
 * and unknown flags with a closed oldfd or an out-of-range newfd, give
 * EINVAL rather than EBADF.
 *
 * Cites: dup(2) ERRORS (EINVAL for dup3 flags and oldfd == newfd; EBADF).
 * The order is the kernel's: ksys_dup3() checks flags, then oldfd ==
 * newfd, then newfd against RLIMIT_NOFILE, then looks up oldfd.
 */
#include "errno_order.h"

FT_CASE("dup3 reports EINVAL (same fd, bad flags) before EBADF",
	"dup(2) ERRORS (EINVAL, EBADF); kernel ksys_dup3()");

static const char *src = "fs/file.c ksys_dup3(): flags, oldfd == newfd, rlimit, then fget";
#define BAD_FLAG 0x1

FT_POINT(each_error_alone)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	int n = eo_closed_fd();
	FT_ERRNO(dup3(fd, fd, 0), EINVAL);
	FT_ERRNO(dup3(fd, n, BAD_FLAG), EINVAL);
	FT_ERRNO(dup3(n, n + 1, 0), EBADF);
	FT_ERRNO(dup3(fd, eo_nofile(), 0), EBADF);
	FT_FALSE(ft_is_open(n));
}

FT_POINT(same_closed_number_einval)
{
	int n = eo_closed_fd();
	EO_KERNEL_ORDER(dup3(n, n, 0), EINVAL, EBADF, src);
	EO_KERNEL_ORDER(dup3(n, n, O_CLOEXEC), EINVAL, EBADF, src);
}

FT_POINT(bad_flag_closed_oldfd_einval)
{
	int n = eo_closed_fd();
	EO_KERNEL_ORDER(dup3(n, n + 1, BAD_FLAG), EINVAL, EBADF, src);
	FT_FALSE(ft_is_open(n + 1));
}

FT_POINT(bad_flag_newfd_out_of_range_einval)
{
	FT_FD int fd = ft_tmpfile("x", NULL);
	EO_KERNEL_ORDER(dup3(fd, eo_nofile(), BAD_FLAG), EINVAL, EBADF, src);
}
