/*
 * errno_order/connect_fd_then_address - connect(2) looks the descriptor
 * up first and reads the address next, before it asks whether the
 * descriptor is a socket: a closed number with an unreadable address
 * gives EBADF, while a regular file with an unreadable address gives
 * EFAULT and with an oversized addrlen EINVAL, not ENOTSOCK.
 *
 * Cites: connect(2) ERRORS (EBADF, EFAULT, ENOTSOCK); the order is the
 * kernel's: __sys_connect() does fdget(), then move_addr_to_kernel()
 * (EFAULT, EINVAL for addrlen above sizeof(struct sockaddr_storage)),
 * then sock_from_file() (ENOTSOCK).  An address longer than struct
 * sockaddr_storage is EINVAL in move_addr_to_kernel().
 */
#include "errno_order.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("connect checks the descriptor, then the address, then that it is a socket",
	"connect(2) ERRORS (EBADF, EFAULT, ENOTSOCK); kernel __sys_connect()");

static const char *src = "net/socket.c __sys_connect(): fdget, move_addr_to_kernel, sock_from_file";

/* A readable address longer than struct sockaddr_storage: only its length
   is wrong (EINVAL), not its memory. */
static char too_long[4096];

FT_POINT(each_error_alone)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "none" };
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_ERRNO(connect(eo_closed_fd(), (struct sockaddr *)&a, sizeof a), EBADF);
	FT_ERRNO(connect(f, (struct sockaddr *)&a, sizeof a), ENOTSOCK);
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(connect(s, EO_BAD_PTR, sizeof a), EFAULT);
}

FT_POINT(closed_fd_bad_address_ebadf)
{
	EO_KERNEL_ORDER(connect(eo_closed_fd(), EO_BAD_PTR, 16), EBADF, EFAULT, src);
	EO_KERNEL_ORDER(connect(eo_closed_fd(), (void *)too_long, sizeof too_long), EBADF, EINVAL, src);
}

FT_POINT(not_socket_bad_address_efault)
{
	FT_FD int f = ft_tmpfile("x", NULL);
	EO_KERNEL_ORDER(connect(f, EO_BAD_PTR, 16), EFAULT, ENOTSOCK, src);
	EO_KERNEL_ORDER(connect(f, (void *)too_long, sizeof too_long), EINVAL, ENOTSOCK, src);
}
