/*
 * socket/accept4_flags - accept4() applies its flags to the new socket:
 * SOCK_NONBLOCK sets O_NONBLOCK on the new open file description and
 * SOCK_CLOEXEC sets FD_CLOEXEC on the new descriptor; with flags 0 it is
 * accept() and sets neither; an unknown flag fails with EINVAL.  Added in
 * Linux 2.6.28.
 *
 * Cites: accept(2) DESCRIPTION (accept4 flags), ERRORS (EINVAL) and
 * VERSIONS.
 */
#include "socket.h"

FT_CASE("accept4 SOCK_NONBLOCK and SOCK_CLOEXEC apply to the new socket",
	"accept(2) DESCRIPTION (accept4), ERRORS EINVAL");

/* Accept one connection from a fresh listener with accept4(flags). */
static int accept_with(int flags, int *l, int *c)
{
	struct sockaddr_un a;
	*l = sk_unix_listener("s", &a, 0);
	*c = sk_unix_connect(&a);
	return FT_SYS(accept4(*l, NULL, NULL, flags));
}

FT_POINT(sock_nonblock_sets_o_nonblock)
{
	int l, c, s = accept_with(SOCK_NONBLOCK, &l, &c);
	FT_FLAG_SET(ft_getfl(s), O_NONBLOCK);
	char ch;
	FT_ERRNO(read(s, &ch, 1), EAGAIN);
	FT_FLAG_CLEAR(ft_getfl(l), O_NONBLOCK); /* listener unchanged */
	close(s);
	close(c);
	close(l);
}

FT_POINT(sock_cloexec_sets_fd_cloexec)
{
	int l, c, s = accept_with(SOCK_CLOEXEC, &l, &c);
	FT_FLAG_SET(ft_getfd(s), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(s), O_NONBLOCK);
	close(s);
	close(c);
	close(l);
}

FT_POINT(zero_flags_sets_neither)
{
	int l, c, s = accept_with(0, &l, &c);
	FT_FLAG_CLEAR(ft_getfd(s), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(s), O_NONBLOCK);
	close(s);
	close(c);
	close(l);
}

FT_POINT(unknown_flag_einval)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_ERRNO(accept4(l, NULL, NULL, O_APPEND), EINVAL);
}
