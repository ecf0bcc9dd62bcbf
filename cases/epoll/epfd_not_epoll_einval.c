/*
 * epoll/epfd_not_epoll_einval - epoll_ctl() and epoll_wait() need an epoll
 * descriptor as epfd: an open descriptor of another kind (a pipe, an
 * eventfd) is EINVAL, not EBADF.
 */
#include "epoll.h"

FT_CASE("epoll_ctl/epoll_wait on a descriptor that is not epoll is EINVAL",
	"epoll_ctl(2) ERRORS EINVAL; epoll_wait(2) ERRORS EINVAL");

FT_POINT(ctl_on_pipe_einval)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int efd = ep_eventfd(0);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(p[0], EPOLL_CTL_ADD, efd, &ev), EINVAL);
}

FT_POINT(wait_on_eventfd_einval)
{
	FT_FD int efd = ep_eventfd(1);
	struct epoll_event out[2];
	FT_ERRNO(epoll_wait(efd, out, 2, 0), EINVAL);
}
