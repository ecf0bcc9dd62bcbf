/*
 * errno_order/accept4_fd_then_flags - accept4(2) with a flag other than
 * SOCK_NONBLOCK and SOCK_CLOEXEC fails with EINVAL; Linux looks the
 * descriptor up first (a closed number with a bad flag is EBADF) and
 * checks the flags before it asks whether the descriptor is a socket (a
 * regular file with a bad flag is EINVAL, not ENOTSOCK).
 *
 * Cites: accept(2) ERRORS (EINVAL "invalid value in flags", EBADF,
 * ENOTSOCK).  The order is the kernel's: __sys_accept4() does fdget(),
 * __sys_accept4_file() checks flags, and only do_accept() calls
 * sock_from_file().
 */
#include "errno_order.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("accept4 checks the descriptor, then the flags, then that it is a socket",
	"accept(2) ERRORS (EINVAL, EBADF, ENOTSOCK); kernel __sys_accept4()");

static const char *src = "net/socket.c __sys_accept4(): fdget, flags, then sock_from_file";
#define BAD_FLAG 0x40000000

FT_POINT(each_error_alone)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_ERRNO(accept4(eo_closed_fd(), NULL, NULL, 0), EBADF);
	FT_ERRNO(accept4(f, NULL, NULL, 0), ENOTSOCK);
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "sock" };
	/* non-blocking: a runtime that drops the unknown flag returns
	   EAGAIN instead of waiting for a connection */
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
	FT_SYS(bind(s, (struct sockaddr *)&a, sizeof a));
	FT_SYS(listen(s, 1));
	FT_ERRNO(accept4(s, NULL, NULL, BAD_FLAG), EINVAL);
}

FT_POINT(closed_fd_bad_flag_ebadf)
{
	EO_KERNEL_ORDER(accept4(eo_closed_fd(), NULL, NULL, BAD_FLAG), EBADF, EINVAL, src);
	EO_KERNEL_ORDER(accept4(-1, NULL, NULL, BAD_FLAG), EBADF, EINVAL, src);
}

FT_POINT(not_socket_bad_flag_einval)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	EO_KERNEL_ORDER(accept4(f, NULL, NULL, BAD_FLAG), EINVAL, ENOTSOCK, src);
}
