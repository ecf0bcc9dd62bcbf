/*
 * unixpath.h - AF_UNIX pathname addresses for the socket/ cases that bind,
 * connect and send to relative paths from changing working directories.
 */
#ifndef SOCKET_UNIXPATH_H
#define SOCKET_UNIXPATH_H
#include "socket.h"
#include <stddef.h>

/* Fill *a with path; returns the length unix(7) asks for
   (offsetof(sun_path) + strlen + 1). */
static inline socklen_t up_addr(struct sockaddr_un *a, const char *path)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	if (strlen(path) >= sizeof a->sun_path)
		FT_SKIP("path %s does not fit in sun_path", path);
	strcpy(a->sun_path, path);
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1);
}

/* A socket of type bound to path; a stream socket also listens. */
static inline int up_bound(int type, const char *path)
{
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, path);
	int s = FT_SYS(socket(AF_UNIX, type | SOCK_CLOEXEC, 0));
	FT_SYS(bind(s, (struct sockaddr *)&a, len));
	if (type == SOCK_STREAM)
		FT_SYS(listen(s, 4));
	return s;
}

static inline int up_connect(int s, const char *path)
{
	struct sockaddr_un a;
	socklen_t len = up_addr(&a, path);
	return connect(s, (struct sockaddr *)&a, len);
}

/* The address getsockname (peer 0) or getpeername (peer 1) returns must
   be path exactly, with the length of the address as bound. */
#define UP_NAME_IS(fd, peer, path) up_name_is_(__FILE__, __LINE__, (fd), (peer), (path))
static inline void up_name_is_(const char *file, int line, int fd, int peer,
			       const char *path)
{
	struct sockaddr_un a;
	memset(&a, 0, sizeof a);
	socklen_t len = sizeof a;
	int r = peer ? getpeername(fd, (struct sockaddr *)&a, &len)
		     : getsockname(fd, (struct sockaddr *)&a, &len);
	if (r == -1)
		ft_fail_(file, line, peer ? "getpeername" : "getsockname",
			 "success", "-1", errno, NULL);
	if (a.sun_family != AF_UNIX)
		ft_fail_(file, line, "sun_family", "AF_UNIX", "other", -1,
			 "sun_family %d", a.sun_family);
	ft_str_(file, line, peer ? "getpeername() sun_path" : "getsockname() sun_path",
		a.sun_path, path, 0);
	socklen_t want = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
				     strlen(path) + 1);
	if (len != want)
		ft_fail_(file, line, "addrlen", "offsetof(sun_path)+strlen+1",
			 "other", -1, "addrlen %u, expected %u", (unsigned)len,
			 (unsigned)want);
}

/* Enter directory dir by chdir(2) (via_fd 0) or fchdir(2) (via_fd 1). */
static inline void up_enter(const char *dir, int via_fd)
{
	if (!via_fd) {
		FT_SYS(chdir(dir));
		return;
	}
	int d = FT_SYS(open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fchdir(d));
	close(d);
}

/* One byte from s must arrive on r (a datagram or stream). */
static inline void up_delivered(int r, char want)
{
	char c = 0;
	FT_EQ(ft_poll_in(r, 1000), 1);
	FT_EQ(recv(r, &c, 1, MSG_DONTWAIT), 1);
	FT_EQ(c, want);
}

#endif
