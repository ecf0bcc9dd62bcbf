/*
 * epoll/regular_file_eperm - regular files and directories do not support
 * epoll: EPOLL_CTL_ADD of one fails with EPERM (poll() treats them as
 * always ready instead).
 */
#include "epoll.h"

FT_CASE("a regular file or directory cannot be added to epoll (EPERM)",
	"epoll_ctl(2) ERRORS EPERM");

FT_POINT(regular_file_eperm)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int fd = ft_tmpfile("x", NULL);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), EPERM);
}

FT_POINT(directory_eperm)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int fd = FT_SYS(open(".", O_RDONLY | O_DIRECTORY));
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), EPERM);
}
