/*
 * socket.h - helpers shared by the socket/ cases.  TCP is only ever used
 * over 127.0.0.1 with a kernel-chosen port.
 */
#ifndef SOCKET_H
#define SOCKET_H
#include "fdtest.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>

/* Ignore SIGPIPE, so that a broken connection shows as EPIPE from the
   write that hit it rather than killing the point. */
static inline void sk_ignore_sigpipe(void)
{
	FT_TRUE(signal(SIGPIPE, SIG_IGN) != SIG_ERR);
}

/* Wait (bounded) until fd is readable or at EOF, then expect EOF. */
static inline void sk_expect_eof(int fd)
{
	char c;
	FT_EQ(ft_poll_in(fd, 1000), 1);
	FT_EQ(read(fd, &c, 1), 0);
}

/* A connected AF_UNIX stream pair (O_CLOEXEC on both). */
static inline void sk_pair(int sv[2])
{
	FT_SYS(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
}

/* A listening AF_UNIX stream socket bound to path (relative: the point's
   scratch directory); *a gets the address. */
static inline int sk_unix_listener(const char *path, struct sockaddr_un *a,
				   int type_flags)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	snprintf(a->sun_path, sizeof a->sun_path, "%s", path);
	int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | type_flags, 0));
	FT_SYS(bind(l, (struct sockaddr *)a, sizeof *a));
	FT_SYS(listen(l, 8));
	return l;
}

static inline int sk_unix_connect(const struct sockaddr_un *a)
{
	int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c, (const struct sockaddr *)a, sizeof *a));
	return c;
}

/* A listening TCP socket on 127.0.0.1 with a kernel-chosen port; *a gets
   the bound address (port included). */
static inline int sk_tcp_listener(struct sockaddr_in *a, int type_flags)
{
	memset(a, 0, sizeof *a);
	a->sin_family = AF_INET;
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a->sin_port = 0;
	int l = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | type_flags, 0));
	FT_SYS(bind(l, (struct sockaddr *)a, sizeof *a));
	FT_SYS(listen(l, 8));
	socklen_t len = sizeof *a;
	FT_SYS(getsockname(l, (struct sockaddr *)a, &len));
	return l;
}

static inline int sk_tcp_connect(const struct sockaddr_in *a)
{
	int c = FT_SYS(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c, (const struct sockaddr *)a, sizeof *a));
	return c;
}

/* A connected TCP pair over loopback: *c the client, *s the accepted. */
static inline void sk_tcp_pair(int *c, int *s)
{
	struct sockaddr_in a;
	FT_FD int l = sk_tcp_listener(&a, 0);
	*c = sk_tcp_connect(&a);
	*s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
}

/* revents of a zero-timeout poll. */
static inline int sk_revents(int fd, short events)
{
	struct pollfd p = { .fd = fd, .events = events };
	FT_SYS(poll(&p, 1, 0));
	return p.revents;
}

#endif
