/*
 * socket/accept_does_not_inherit_flags - on Linux the socket returned by
 * accept() does not inherit the listener's file status flags: a listener
 * with O_NONBLOCK (or O_ASYNC) yields a blocking socket without O_ASYNC.
 * Nor does the new descriptor inherit the listener's FD_CLOEXEC.  (BSD
 * differs; portable programs set the flags explicitly.)
 *
 * Cites: accept(2) STANDARDS (the paragraph on O_NONBLOCK and O_ASYNC not
 * being inherited on Linux); fcntl(2) "File descriptor flags".
 */
#include "socket.h"

FT_CASE("on Linux accept does not copy O_NONBLOCK or O_ASYNC from the listener",
	"accept(2) STANDARDS (no inheritance of file status flags on Linux); fcntl(2)");

FT_POINT(o_nonblock_not_inherited)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("s", &a, SOCK_NONBLOCK);
	FT_FLAG_SET(ft_getfl(l), O_NONBLOCK);
	FT_FD int c = sk_unix_connect(&a);
	FT_FD int s = FT_SYS(accept(l, NULL, NULL));
	FT_FLAG_CLEAR(ft_getfl(s), O_NONBLOCK);
}

FT_POINT(o_async_not_inherited)
{
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	int fl = ft_getfl(l);
	FT_SYS(fcntl(l, F_SETFL, fl | O_ASYNC | O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(l), O_ASYNC);
	FT_FD int c = sk_tcp_connect(&a);
	FT_EQ(ft_poll_in(l, 1000), 1);
	FT_FD int s = FT_SYS(accept(l, NULL, NULL));
	int sfl = ft_getfl(s);
	FT_FALSE(sfl & O_ASYNC);
	FT_FALSE(sfl & O_NONBLOCK);
}

FT_POINT(fd_cloexec_not_inherited)
{
	struct sockaddr_un a;
	int l = sk_unix_listener("s", &a, 0); /* SOCK_CLOEXEC */
	FT_FLAG_SET(ft_getfd(l), FD_CLOEXEC);
	FT_FD int c = sk_unix_connect(&a);
	FT_FD int s = FT_SYS(accept(l, NULL, NULL));
	FT_FLAG_CLEAR(ft_getfd(s), FD_CLOEXEC);
	close(l);
}
