/*
 * epoll/ctl_unregistered_enoent - EPOLL_CTL_MOD and EPOLL_CTL_DEL of an
 * open descriptor that is not in the interest list fail with ENOENT, and
 * so does a second EPOLL_CTL_DEL after a successful one.
 */
#include "epoll.h"

FT_CASE("MOD or DEL of an unregistered descriptor is ENOENT",
	"epoll_ctl(2) ERRORS ENOENT");

FT_POINT(mod_unregistered_enoent)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_MOD, efd, &ev), ENOENT);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 0), 0); /* and MOD did not add it */
}

FT_POINT(del_unregistered_enoent)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL), ENOENT);
}

FT_POINT(second_del_enoent)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	ep_add(ep, efd, EPOLLIN, 0);
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL));
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL), ENOENT);
}
