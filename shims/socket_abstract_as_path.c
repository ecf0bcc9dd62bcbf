/*
 * shim socket_abstract_as_path: bind() and connect() with an abstract
 * AF_UNIX address (sun_path starting with a null byte) use a pathname
 * instead, "@NAME" in the current directory, as a runtime without the
 * abstract namespace might: a file appears, and the name outlives the
 * socket until that file is removed.
 *
 * fdsuite-targets: socket/unix_abstract_stream
 */
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "next.h"

static socklen_t to_path(const struct sockaddr *a, socklen_t len,
			 struct sockaddr_un *out)
{
	const struct sockaddr_un *u = (const struct sockaddr_un *)a;
	size_t off = offsetof(struct sockaddr_un, sun_path);
	if (a->sa_family != AF_UNIX || len <= off + 1 || u->sun_path[0] != 0)
		return 0;
	size_t n = len - off - 1;
	if (n > sizeof out->sun_path - 2)
		n = sizeof out->sun_path - 2;
	memset(out, 0, sizeof *out);
	out->sun_family = AF_UNIX;
	out->sun_path[0] = '@';
	memcpy(out->sun_path + 1, u->sun_path + 1, n);
	return (socklen_t)sizeof *out;
}

int bind(int fd, const struct sockaddr *a, socklen_t len)
{
	__typeof__(&bind) real = NEXT(bind);
	struct sockaddr_un p;
	socklen_t pl = to_path(a, len, &p);
	return pl ? real(fd, (struct sockaddr *)&p, pl) : real(fd, a, len);
}

int connect(int fd, const struct sockaddr *a, socklen_t len)
{
	__typeof__(&connect) real = NEXT(connect);
	struct sockaddr_un p;
	socklen_t pl = to_path(a, len, &p);
	return pl ? real(fd, (struct sockaddr *)&p, pl) : real(fd, a, len);
}
