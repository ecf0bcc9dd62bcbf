/*
 * errno_order/accept_not_listening_bad_addr - accept(2) on a stream
 * socket that is not listening fails with EINVAL, and on a datagram
 * socket with EOPNOTSUPP, also when the address buffer is not writable:
 * the address is only written for a connection that was accepted, so
 * Linux never reaches EFAULT there.  With a connection pending, an
 * unwritable address gives EFAULT.
 *
 * Cites: accept(2) ERRORS (EINVAL "not listening", EOPNOTSUPP, EFAULT)
 * and DESCRIPTION (addr is filled in with the peer's address).  The
 * order of the two errors is the kernel's: __sys_accept4_file() writes
 * the address (move_addr_to_user) only after the protocol's accept
 * succeeded.
 */
#include "errno_order.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("accept on a non-listening socket with a bad address gives EINVAL, not EFAULT",
	"accept(2) ERRORS (EINVAL, EOPNOTSUPP, EFAULT), DESCRIPTION; kernel __sys_accept4_file()");

static const char *src = "net/socket.c __sys_accept4_file(): move_addr_to_user after accept";

static int bound_stream(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "sock" };
	int s = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(s, (struct sockaddr *)&a, sizeof a));
	return s;
}

FT_POINT(not_listening_einval)
{
	FT_FD int s = bound_stream();
	FT_ERRNO(accept(s, NULL, NULL), EINVAL);
	FT_ERRNO(accept4(s, NULL, NULL, SOCK_CLOEXEC), EINVAL);
}

FT_POINT(pending_bad_addr_efault)
{
	FT_FD int l = bound_stream();
	FT_SYS(listen(l, 1));
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "sock" };
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c, (struct sockaddr *)&a, sizeof a));
	socklen_t len = sizeof a;
	int before = ft_lowest_free();
	FT_ERRNO(accept(l, EO_BAD_PTR, &len), EFAULT);
	FT_EQ(ft_lowest_free(), before); /* no descriptor was left behind */
}

FT_POINT(not_listening_bad_addr_einval)
{
	FT_FD int s = bound_stream();
	socklen_t len = sizeof(struct sockaddr_un);
	EO_KERNEL_ORDER(accept(s, EO_BAD_PTR, &len), EINVAL, EFAULT, src);
	EO_KERNEL_ORDER(accept4(s, EO_BAD_PTR, &len, SOCK_CLOEXEC), EINVAL, EFAULT, src);
	EO_KERNEL_ORDER(accept(s, EO_BAD_PTR, EO_BAD_PTR), EINVAL, EFAULT, src);
}

FT_POINT(dgram_bad_addr_eopnotsupp)
{
	FT_FD int s = FT_SYS(socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(accept(s, NULL, NULL), EOPNOTSUPP);
	socklen_t len = sizeof(struct sockaddr_un);
	EO_KERNEL_ORDER(accept(s, EO_BAD_PTR, &len), EOPNOTSUPP, EFAULT, src);
}
