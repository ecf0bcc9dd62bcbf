/*
 * epoll/create_errors - epoll_create() ignores its size argument since
 * Linux 2.6.8 but still requires it to be positive (EINVAL for 0 or a
 * negative size); epoll_create1() refuses flags other than EPOLL_CLOEXEC
 * with EINVAL.
 */
#include "epoll.h"

FT_CASE("epoll_create needs a positive size; epoll_create1 only EPOLL_CLOEXEC",
	"epoll_create(2) DESCRIPTION, ERRORS EINVAL");

FT_POINT(size_not_positive_einval)
{
	FT_ERRNO(epoll_create(0), EINVAL);
	FT_ERRNO(epoll_create(-1), EINVAL);
}

FT_POINT(any_positive_size_works)
{
	FT_FD int a = FT_SYS(epoll_create(1));
	FT_FD int b = FT_SYS(epoll_create(1 << 20));
}

FT_POINT(unknown_flag_einval)
{
	FT_ERRNO(epoll_create1(O_NONBLOCK), EINVAL);
	FT_ERRNO(epoll_create1(1), EINVAL);
}
