/*
 * alloc/accept_takes_lowest - the descriptor accept() returns for a new
 * connection is the lowest-numbered free one, filling a gap below open
 * descriptors (including the listening socket's own).
 *
 * Cites: accept(2) DESCRIPTION; POSIX accept(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"
#include <sys/socket.h>
#include <sys/un.h>

FT_CASE("accept() returns the lowest-numbered free descriptor",
	"accept(2) DESCRIPTION; POSIX accept(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* A listening UNIX socket in the scratch dir with n connections queued. */
static int listener(int *cl, int n)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "s" };
	int l = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
	FT_SYS(bind(l, (struct sockaddr *)&a, sizeof a));
	FT_SYS(listen(l, 4));
	for (int i = 0; i < n; i++) {
		cl[i] = FT_SYS(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
		FT_SYS(connect(cl[i], (struct sockaddr *)&a, sizeof a));
	}
	return l;
}

FT_POINT(fills_gap)
{
	int cl[1], l = listener(cl, 1);
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(accept(l, NULL, NULL));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
	close(cl[0]);
	close(l);
}

FT_POINT(second_accept_takes_next_free)
{
	int cl[2], l = listener(cl, 2);
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(accept(l, NULL, NULL));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(accept(l, NULL, NULL));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
	close(cl[0]);
	close(cl[1]);
	close(l);
}
