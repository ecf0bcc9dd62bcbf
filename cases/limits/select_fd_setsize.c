/*
 * limits/select_fd_setsize - select() works with fd_set, a fixed-size
 * bitmap of FD_SETSIZE (1024) bits in glibc: a descriptor numbered just
 * below FD_SETSIZE is watched correctly, while any number at or above it
 * cannot be put in an fd_set at all (FD_SET on it is undefined behavior,
 * so that is not exercised).  poll() and epoll have no such bound and
 * report readiness for a descriptor numbered above FD_SETSIZE.  The soft
 * RLIMIT_NOFILE is raised to make room (skips if the hard limit is too
 * small to).
 *
 * Cites: select(2) DESCRIPTION (WARNING), NOTES (FD_SET beyond FD_SETSIZE
 * is undefined behavior), BUGS (glibc's fixed FD_SETSIZE; use poll or
 * epoll); poll(2) DESCRIPTION; epoll(7).
 */
#include "nofile.h"
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>

FT_CASE("select handles fds below FD_SETSIZE; poll and epoll handle fds above it",
	"select(2) DESCRIPTION, NOTES, BUGS; poll(2) DESCRIPTION; epoll(7)");

/* A pipe whose read end is moved to number at (which must be free). */
static int readable_at(int at, int *w)
{
	int p[2];
	FT_SYS(pipe(p));
	FT_FALSE(ft_is_open(at));
	FT_EQ(dup2(p[0], at), at);
	close(p[0]);
	*w = p[1];
	FT_EQ(write(p[1], "x", 1), 1);
	return at;
}

/* The highest free number below FD_SETSIZE. */
static int top_below_setsize(void)
{
	int n = FD_SETSIZE - 1;
	while (n > 0 && ft_is_open(n))
		n--;
	return n;
}

FT_POINT(select_sees_fd_below_setsize)
{
	lim_at_least(FD_SETSIZE + 16);
	FT_FD int w = -1;
	FT_FD int r = readable_at(top_below_setsize(), &w);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(r, &rs);
	struct timeval tv = { 1, 0 };
	FT_EQ(select(r + 1, &rs, NULL, NULL, &tv), 1);
	FT_TRUE(FD_ISSET(r, &rs));
}

FT_POINT(poll_sees_fd_above_setsize)
{
	lim_at_least(FD_SETSIZE + 200);
	int at = FD_SETSIZE + 100;
	while (ft_is_open(at))
		at++;
	FT_FD int w = -1;
	FT_FD int r = readable_at(at, &w);
	struct pollfd pf = { .fd = r, .events = POLLIN };
	FT_EQ(poll(&pf, 1, 1000), 1);
	FT_EQ(pf.revents, POLLIN);
}

FT_POINT(epoll_sees_fd_above_setsize)
{
	lim_at_least(FD_SETSIZE + 200);
	int at = FD_SETSIZE + 100;
	while (ft_is_open(at))
		at++;
	FT_FD int w = -1;
	FT_FD int r = readable_at(at, &w);
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = r }, out;
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, r, &ev));
	FT_EQ(epoll_wait(ep, &out, 1, 1000), 1);
	FT_EQ(out.data.fd, r);
}
