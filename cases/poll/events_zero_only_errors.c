/*
 * poll/events_zero_only_errors - an entry with events 0 only reports the
 * conditions that need no request: data waiting is not reported (poll
 * returns 0), while a hangup (POLLHUP) is.
 */
#include <sys/socket.h>
#include "readiness.h"

FT_CASE("with events 0, poll reports only POLLHUP, POLLERR and POLLNVAL",
	"poll(2) DESCRIPTION");

FT_POINT(data_not_reported)
{
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_EQ(write(sv[1], "x", 1), 1);
	struct pollfd f = { .fd = sv[0], .events = 0 };
	FT_EQ(poll(&f, 1, 0), 0);
	FT_EQ(f.revents, 0);
}

FT_POINT(hup_reported)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(write(p[1], "x", 1), 1);
	ft_close(&p[1]);
	struct pollfd f = { .fd = p[0], .events = 0 };
	FT_EQ(poll(&f, 1, ft_scaled_ms(1000)), 1);
	FT_EQ(f.revents, POLLHUP);
}
