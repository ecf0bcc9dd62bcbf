/*
 * scm_rights/pass_epoll_fd - an epoll descriptor can be passed; the
 * received descriptor refers to the same epoll instance, with the interest
 * list the sender built: it reports the registered events (with their
 * data) even after the sender closed its copy, and epoll_ctl() through
 * either descriptor changes the one instance.
 *
 * Cites: epoll(7) "Questions and answers" Q6 (sending an epoll fd over a
 * UNIX domain socket); unix(7) "Ancillary messages" SCM_RIGHTS;
 * epoll_wait(2) DESCRIPTION (the data field).
 */
#include <sys/epoll.h>
#include "scm_rights.h"

FT_CASE("a passed epoll descriptor keeps its interest list",
	"epoll(7) \"Questions and answers\" Q6; unix(7) \"Ancillary messages\" SCM_RIGHTS; epoll_wait(2)");

FT_POINT(received_epoll_reports_registered_events)
{
	FT_FDS int sv[2] = FT_NO_FDS, p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_pipe(p, 0);
	FT_FD int ep = FT_SYS(epoll_create1(0));
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x5ca1ab1e0ddULL };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	SCM_SEND1(sv[0], ep);
	ft_close(&ep);
	FT_FD int r = scm_recv1(sv[1]);
	struct epoll_event out[2];
	FT_EQ(epoll_wait(r, out, 2, 0), 0);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(epoll_wait(r, out, 2, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN);
	FT_EQ(out[0].data.u64, 0x5ca1ab1e0ddULL);
}

FT_POINT(ctl_through_received_changes_same_instance)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int r = scm_pass(ep, 0);
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 7 };
	FT_SYS(epoll_ctl(r, EPOLL_CTL_ADD, p[0], &ev));
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
	FT_EQ(write(p[1], "x", 1), 1);
	struct epoll_event out[2];
	FT_EQ(epoll_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 7);
}
