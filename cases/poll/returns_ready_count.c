/*
 * poll/returns_ready_count - poll() returns the number of entries whose
 * revents is nonzero: an entry with several events counts once, an entry
 * that is not ready does not count, and two entries for the same
 * descriptor count twice.  select() instead counts set bits: a descriptor
 * ready in two sets counts twice.
 */
#include <sys/socket.h>
#include "readiness.h"

FT_CASE("poll returns the number of ready entries, select the number of set bits",
	"poll(2) RETURN VALUE; select(2) RETURN VALUE");

FT_POINT(poll_counts_entries)
{
	FT_FDS int sv[2] = FT_NO_FDS, p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_pipe(p, 0);
	FT_EQ(write(sv[1], "x", 1), 1);
	struct pollfd f[4] = {
		{ .fd = sv[0], .events = POLLIN | POLLOUT }, /* both: 1 */
		{ .fd = p[0], .events = POLLIN },            /* empty: 0 */
		{ .fd = p[1], .events = POLLOUT },           /* 1 */
		{ .fd = p[1], .events = POLLOUT },           /* again: 1 */
	};
	FT_EQ(poll(f, 4, 0), 3);
	FT_EQ(f[0].revents, POLLIN | POLLOUT);
	FT_EQ(f[1].revents, 0);
	FT_EQ(f[2].revents, POLLOUT);
	FT_EQ(f[3].revents, POLLOUT);
}

FT_POINT(select_counts_bits)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_LT(sv[0], FD_SETSIZE);
	FT_EQ(write(sv[1], "x", 1), 1);
	fd_set r, w;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(sv[0], &r);
	FD_SET(sv[0], &w);
	struct timeval tv = { 0, 0 };
	FT_EQ(select(sv[0] + 1, &r, &w, NULL, &tv), 2);
}
