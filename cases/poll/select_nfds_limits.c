/*
 * poll/select_nfds_limits - select() examines only descriptors below nfds:
 * a ready descriptor numbered nfds or above is not examined even if its
 * bit is set, so with nothing else ready select() returns 0; with nfds one
 * higher the same call reports it.
 */
#include "readiness.h"

FT_CASE("select examines only descriptors below nfds",
	"select(2) DESCRIPTION \"Arguments\" nfds; POSIX select(3p)");

FT_POINT(fd_at_nfds_not_examined)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_LT(p[1], FD_SETSIZE);
	fd_set w;
	FD_ZERO(&w);
	FD_SET(p[1], &w); /* an empty pipe's write end is ready */
	struct timeval tv = { 0, 0 };
	FT_EQ(select(p[1], NULL, &w, NULL, &tv), 0);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	FT_EQ(select(p[1] + 1, NULL, &w, NULL, &tv), 1);
	FT_TRUE(FD_ISSET(p[1], &w));
}

FT_POINT(closed_fd_above_nfds_ignored)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int bad = FT_SYS(fcntl(p[1], F_DUPFD, p[1] + 1));
	close(bad);
	FT_LT(bad, FD_SETSIZE);
	fd_set w;
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	FD_SET(bad, &w); /* not open, but beyond nfds: no EBADF */
	struct timeval tv = { 0, 0 };
	FT_EQ(select(p[1] + 1, NULL, &w, NULL, &tv), 1);
	FT_TRUE(FD_ISSET(p[1], &w));
}
