/*
 * epoll/nested_loop_eloop - epoll instances may watch each other only
 * without a cycle: with B in A's interest list, adding A to B fails with
 * ELOOP, as does closing a longer cycle A -> B -> C -> A.
 */
#include "epoll.h"

FT_CASE("a cycle of epoll instances is refused with ELOOP",
	"epoll_ctl(2) ERRORS ELOOP");

FT_POINT(two_cycle_eloop)
{
	FT_FD int a = FT_SYS(epoll_create1(0));
	FT_FD int b = FT_SYS(epoll_create1(0));
	ep_add(a, b, EPOLLIN, 0);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(b, EPOLL_CTL_ADD, a, &ev), ELOOP);
}

FT_POINT(three_cycle_eloop)
{
	FT_FD int a = FT_SYS(epoll_create1(0));
	FT_FD int b = FT_SYS(epoll_create1(0));
	FT_FD int c = FT_SYS(epoll_create1(0));
	ep_add(a, b, EPOLLIN, 0);
	ep_add(b, c, EPOLLIN, 0);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(c, EPOLL_CTL_ADD, a, &ev), ELOOP);
}
