/*
 * limits/socket_emfile - at the soft RLIMIT_NOFILE limit socket(),
 * socketpair(), accept() and accept4() fail with EMFILE; socketpair()
 * with room for only one end fails too and leaves nothing behind.
 *
 * Cites: socket(2), socketpair(2), accept(2) ERRORS (EMFILE);
 * getrlimit(2) RLIMIT_NOFILE; POSIX socket(3p), accept(3p).
 */
#include "nofile.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("socket calls at the RLIMIT_NOFILE limit fail with EMFILE",
	"socket(2) ERRORS; socketpair(2) ERRORS; accept(2) ERRORS; getrlimit(2) RLIMIT_NOFILE; POSIX socket(3p), accept(3p)");

FT_POINT(socket_emfile)
{
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(socket(AF_UNIX, SOCK_STREAM, 0), EMFILE);
	FT_ERRNO(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(socketpair_one_slot_emfile)
{
	struct rlimit old;
	int l = lim_one_slot(&old);
	int sv[2] = { -7, -7 };
	FT_ERRNO(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(accept_emfile)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "s" };
	/* non-blocking, with one connection queued per accept call, so no
	   call can block whether or not a failed accept drops a connection */
	FT_FD int ls = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
	FT_SYS(bind(ls, (struct sockaddr *)&a, sizeof a));
	FT_SYS(listen(ls, 4));
	FT_FDS int c[2] = FT_NO_FDS;
	for (int i = 0; i < 2; i++) {
		c[i] = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
		FT_SYS(connect(c[i], (struct sockaddr *)&a, sizeof a));
	}
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(accept(ls, NULL, NULL), EMFILE);
	FT_ERRNO(accept4(ls, NULL, NULL, SOCK_CLOEXEC), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}
