/*
 * socket/accept4_flags - accept4() applies its flags to the new socket:
 * SOCK_NONBLOCK sets O_NONBLOCK on the new open file description and
 * SOCK_CLOEXEC sets FD_CLOEXEC on the new descriptor; with flags 0 it is
 * accept() and sets neither; an unknown flag fails with EINVAL.  Added in
 * Linux 2.6.28.  Variants: accept and accept4 with each flag alone and
 * both, over AF_UNIX and TCP, the listener always carrying the flags the
 * new socket must not get.
 */
#include "socket.h"

FT_CASE("accept4 SOCK_NONBLOCK and SOCK_CLOEXEC apply to the new socket",
	"accept(2) DESCRIPTION (accept4), ERRORS EINVAL");

#define BOTH (SOCK_NONBLOCK | SOCK_CLOEXEC)

/* Accepts one connection with accept4(flags) (accept() when use4 is 0)
   from a listener made with the other flags, and checks the new socket
   has exactly the flags asked for and the listener kept its own. */
static void check(int tcp, int use4, int flags)
{
	struct sockaddr_un ua;
	struct sockaddr_in ia;
	int lflags = BOTH & ~flags;
	FT_FD int l = tcp ? sk_tcp_listener(&ia, lflags & SOCK_NONBLOCK)
			  : sk_unix_listener("s", &ua, lflags & SOCK_NONBLOCK);
	if (!(lflags & SOCK_CLOEXEC))
		FT_SYS(fcntl(l, F_SETFD, 0));
	FT_FD int c = tcp ? sk_tcp_connect(&ia) : sk_unix_connect(&ua);
	FT_EQ(ft_poll_in(l, 2000), 1);
	FT_FD int s = FT_SYS(use4 ? accept4(l, NULL, NULL, flags)
				  : accept(l, NULL, NULL));
	if (flags & SOCK_CLOEXEC)
		FT_FLAG_SET(ft_getfd(s), FD_CLOEXEC);
	else
		FT_FLAG_CLEAR(ft_getfd(s), FD_CLOEXEC);
	char ch;
	if (flags & SOCK_NONBLOCK) {
		FT_FLAG_SET(ft_getfl(s), O_NONBLOCK);
		FT_ERRNO_ANY(read(s, &ch, 1), EAGAIN, EWOULDBLOCK);
		FT_FLAG_CLEAR(ft_getfl(l), O_NONBLOCK); /* listener unchanged */
	} else {
		FT_FLAG_CLEAR(ft_getfl(s), O_NONBLOCK);
		FT_FLAG_SET(ft_getfl(l), O_NONBLOCK);
	}
}

FT_POINT(sock_nonblock_sets_o_nonblock) { check(0, 1, SOCK_NONBLOCK); }

FT_POINT(sock_cloexec_sets_fd_cloexec) { check(0, 1, SOCK_CLOEXEC); }

FT_POINT(zero_flags_sets_neither) { check(0, 1, 0); }

FT_POINT(unknown_flag_einval)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, 0);
	FT_FD int c = sk_unix_connect(&a);
	FT_ERRNO(accept4(l, NULL, NULL, O_APPEND), EINVAL);
}

static const struct {
	const char *name;
	int tcp, use4, flags;
} calls[] = {
	{ "unix_accept", 0, 0, 0 },
	{ "unix_accept4_both", 0, 1, BOTH },
	{ "tcp_accept", 1, 0, 0 },
	{ "tcp_accept4_none", 1, 1, 0 },
	{ "tcp_accept4_nonblock", 1, 1, SOCK_NONBLOCK },
	{ "tcp_accept4_cloexec", 1, 1, SOCK_CLOEXEC },
	{ "tcp_accept4_both", 1, 1, BOTH },
};

FT_TABLE(flags, calls) { check(row->tcp, row->use4, row->flags); }
