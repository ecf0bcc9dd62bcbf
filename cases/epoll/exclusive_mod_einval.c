/*
 * epoll/exclusive_mod_einval - EPOLLEXCLUSIVE (Linux 4.5) may only be given
 * with EPOLL_CTL_ADD: EPOLL_CTL_MOD with it is EINVAL, any EPOLL_CTL_MOD
 * of an entry added with it is EINVAL, and so is adding an epoll
 * descriptor with it.
 */
#include "epoll.h"

FT_CASE("EPOLLEXCLUSIVE is refused with EPOLL_CTL_MOD (EINVAL)",
	"epoll_ctl(2) DESCRIPTION EPOLLEXCLUSIVE (Linux 4.5); epoll_ctl(2) ERRORS EINVAL");

#ifndef EPOLLEXCLUSIVE
#define EPOLLEXCLUSIVE (1u << 28)
#endif

static void add_exclusive(int ep, int fd)
{
	struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE };
	FT_NEED_FLAG(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), "EPOLLEXCLUSIVE",
		     "Linux 4.5");
}

FT_POINT(mod_with_exclusive_einval)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0), probe = ep_eventfd(0);
	add_exclusive(ep, probe); /* skips where the flag is unknown */
	ep_add(ep, efd, EPOLLIN, 0);
	struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_MOD, efd, &ev), EINVAL);
}

FT_POINT(mod_of_exclusive_entry_einval)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	add_exclusive(ep, efd);
	struct epoll_event ev = { .events = EPOLLOUT };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_MOD, efd, &ev), EINVAL);
}

FT_POINT(exclusive_on_epoll_target_einval)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	add_exclusive(ep, efd);
	FT_FD int inner = FT_SYS(epoll_create1(0));
	struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, inner, &ev), EINVAL);
}
