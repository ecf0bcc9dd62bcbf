/*
 * epoll/add_twice_eexist - EPOLL_CTL_ADD of a descriptor that is already
 * in the interest list fails with EEXIST and leaves the first entry (its
 * events and data) as it was; a dup of it, being another number, can be
 * added as an entry of its own, each reporting with its own mask and data.
 */
#include "epoll.h"

FT_CASE("adding a registered descriptor again is EEXIST; a dup can be added",
	"epoll_ctl(2) ERRORS EEXIST; epoll(7) \"Questions and answers\" Q2");

FT_POINT(same_fd_twice_eexist)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	struct epoll_event ev = { .events = EPOLLOUT, .data.u64 = 2 };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), EEXIST);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].events, EPOLLIN); /* the first entry is unchanged */
	FT_EQ(out[0].data.u64, 1);
}

FT_POINT(dup_added_with_other_mask)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FDS int sv[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	FT_FD int d = FT_SYS(dup(sv[0]));
	ep_add(ep, sv[0], EPOLLIN, 10);
	ep_add(ep, d, EPOLLOUT, 20);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 1000), 1); /* writable, nothing to read */
	FT_EQ(out[0].data.u64, 20);
	FT_EQ(out[0].events, EPOLLOUT);
	FT_EQ(write(sv[1], "x", 1), 1);
	FT_EQ(ep_wait(ep, out, 4, 1000), 2);
	FT_EQ(out[0].data.u64 + out[1].data.u64, 30);
}
