/*
 * alloc/accept4_takes_lowest - accept4() allocates like accept(): the new
 * connection's descriptor is the lowest free number, with or without
 * SOCK_CLOEXEC/SOCK_NONBLOCK.
 *
 * Cites: accept(2) DESCRIPTION (accept4 since Linux 2.6.28); POSIX XSH
 * 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("accept4() returns the lowest-numbered free descriptor",
	"accept(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

static void check(int flags)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "s" };
	int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&a, sizeof a));
	FT_SYS(listen(l, 4));
	int c = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(connect(c, (struct sockaddr *)&a, sizeof a));
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(accept4(l, NULL, NULL, flags));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
	close(c);
	close(l);
}

FT_POINT(no_flags)
{
	check(0);
}

FT_POINT(cloexec_nonblock)
{
	check(SOCK_CLOEXEC | SOCK_NONBLOCK);
}
