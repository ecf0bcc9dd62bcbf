/*
 * epoll/invalid_fd_ebadf - a number that is not an open descriptor, as
 * epfd or as the target fd, makes epoll_ctl() fail with EBADF; epoll_wait()
 * on a closed epfd is EBADF too.
 */
#include "epoll.h"

FT_CASE("epoll_ctl/epoll_wait with a closed descriptor is EBADF",
	"epoll_ctl(2) ERRORS EBADF; epoll_wait(2) ERRORS EBADF");

FT_POINT(closed_target_ebadf)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int fd = ep_eventfd(0);
	FT_SYS(close(fd));
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), EBADF);
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, -1, &ev), EBADF);
}

FT_POINT(closed_epfd_ebadf)
{
	int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	FT_SYS(close(ep));
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), EBADF);
	struct epoll_event out[2];
	FT_ERRNO(epoll_wait(ep, out, 2, 0), EBADF);
}
