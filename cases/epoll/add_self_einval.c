/*
 * epoll/add_self_einval - an epoll instance cannot watch itself:
 * EPOLL_CTL_ADD with fd equal to epfd fails with EINVAL (another epoll
 * instance may be added, see nested_epoll).  A dup of epfd is the same
 * instance and is refused as well.
 */
#include "epoll.h"

FT_CASE("adding an epoll descriptor to itself is EINVAL",
	"epoll_ctl(2) ERRORS EINVAL; epoll(7) \"Questions and answers\" Q5");

FT_POINT(self_einval)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
}

FT_POINT(dup_of_self_refused)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int d = FT_SYS(dup(ep));
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO_ANY(epoll_ctl(ep, EPOLL_CTL_ADD, d, &ev), EINVAL, ELOOP);
	ft_note("adding a dup of epfd to itself: %s", ft_errno_name(errno));
}
