/*
 * socket/unix_abstract_stream - a UNIX socket address whose sun_path starts
 * with a null byte names the abstract namespace: binding it creates nothing
 * in the file system, clients connect by the same bytes (the given address
 * length delimits the name), and getsockname() returns the name with a
 * length greater than sizeof(sa_family_t).  The name disappears when the
 * last descriptor referring to the socket is closed, not before.
 */
#include "socket.h"
#include <dirent.h>
#include <stddef.h>

FT_CASE("a UNIX stream socket with an abstract address",
	"unix(7) \"Address format\" (abstract), \"Abstract sockets\"");

/* A unique abstract name: "\0fdsuite-E-<pid>"; returns its addrlen. */
static socklen_t abstract_addr(struct sockaddr_un *a)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	int n = snprintf(a->sun_path + 1, sizeof a->sun_path - 1,
			 "fdsuite-abstract-%d", (int)getpid());
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n);
}

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	FT_TRUE(d != NULL);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

FT_POINT(connect_by_abstract_name)
{
	struct sockaddr_un a, got;
	socklen_t alen = abstract_addr(&a);
	int before = entries(".");
	FT_FD int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&a, alen));
	FT_SYS(listen(l, 4));
	FT_EQ(entries("."), before); /* nothing in the file system */
	FT_FD int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c, (struct sockaddr *)&a, alen));
	FT_FD int s = FT_SYS(accept4(l, NULL, NULL, SOCK_CLOEXEC));
	ft_write_all(c, "abs", 3);
	char buf[4];
	FT_EQ(read(s, buf, sizeof buf), 3);
	socklen_t len = sizeof got;
	FT_SYS(getsockname(l, (struct sockaddr *)&got, &len));
	FT_EQ(len, alen);
	FT_GT(len, sizeof(sa_family_t));
	FT_EQ(got.sun_path[0], 0);
	FT_MEMEQ(got.sun_path, a.sun_path, alen - offsetof(struct sockaddr_un, sun_path));
}

FT_POINT(name_freed_with_last_reference)
{
	struct sockaddr_un a;
	socklen_t alen = abstract_addr(&a);
	FT_FD int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&a, alen));
	FT_FD int d = FT_SYS(dup(l));
	ft_close(&l);
	FT_FD int l2 = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_ERRNO(bind(l2, (struct sockaddr *)&a, alen), EADDRINUSE); /* d holds it */
	ft_close(&d);
	/* no file to unlink: the name is free once the last reference goes */
	FT_SYS(bind(l2, (struct sockaddr *)&a, alen));
}
