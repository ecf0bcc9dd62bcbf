/*
 * poll/select_ready_at_eof - select() counts end-of-file as ready for
 * reading: the read end of a pipe whose writers are all closed, and a
 * stream socket whose peer is closed, are in readfds on return, and the
 * read that follows returns 0 without blocking.
 *
 * Cites: select(2) "Arguments" readfds (a descriptor is also ready on
 * end-of-file), "Correspondence between select() and poll()
 * notifications" (POLLHUP is in the read set); POSIX select(3p).
 */
#include <sys/socket.h>
#include "readiness.h"

FT_CASE("select reports a descriptor at end-of-file as readable",
	"select(2) \"Arguments\" readfds, \"Correspondence between select() and poll() notifications\"; select(3p)");

static void check_readable_eof(int fd)
{
	FT_LT(fd, FD_SETSIZE);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(fd, &r);
	struct timeval tv = { 1, 0 };
	FT_EQ(select(fd + 1, &r, NULL, NULL, &tv), 1);
	FT_TRUE(FD_ISSET(fd, &r));
	char c;
	FT_EQ(read(fd, &c, 1), 0);
}

FT_POINT(pipe_without_writers)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_close(&p[1]);
	check_readable_eof(p[0]);
}

FT_POINT(socket_peer_closed)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_close(&sv[1]);
	check_readable_eof(sv[0]);
}
