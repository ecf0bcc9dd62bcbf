/*
 * epoll/close_last_removes - when the last descriptor of a registered open
 * file description is closed, the entry leaves the interest list by
 * itself: a level-triggered entry that was ready stops being reported,
 * and an fd forked into a child and closed there too no longer holds it.
 */
#include "epoll.h"

FT_CASE("closing the last descriptor of a file removes its epoll entry",
	"epoll(7) \"Questions and answers\" Q7");

FT_POINT(ready_entry_gone_after_close)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int keep = ep_eventfd(1);
	int efd = ep_eventfd(1);
	ep_add(ep, keep, EPOLLIN, 1);
	ep_add(ep, efd, EPOLLIN, 2);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 1000), 2);
	FT_SYS(close(efd));
	FT_EQ(ep_wait(ep, out, 4, 0), 1);
	FT_EQ(out[0].data.u64, 1);
}

FT_POINT(gone_after_child_copy_closed_too)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 2);
	FT_FDS int go[2] = FT_NO_FDS;
	ft_pipe(go, 0);
	pid_t pid = ft_fork();
	if (pid == 0) { /* holds a copy of efd until the parent says go */
		char c;
		ft_close(&go[1]);
		FT_EQ(read(go[0], &c, 1), 0);
		_exit(0);
	}
	ft_close(&go[0]);
	FT_SYS(close(efd));
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 0), 1); /* the child's copy keeps it */
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
	FT_EQ(ep_wait(ep, out, 4, 0), 0);
}
