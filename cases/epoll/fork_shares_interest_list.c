/*
 * epoll/fork_shares_interest_list - an epoll descriptor inherited across
 * fork() refers to the same epoll instance: an entry the child adds is in
 * the parent's interest list (EEXIST for the parent, events reported to
 * the parent), and one the parent deletes is gone for the child.
 */
#include "epoll.h"

FT_CASE("an epoll descriptor inherited across fork shares its interest list",
	"fork(2) DESCRIPTION; epoll(7) DESCRIPTION");

FT_POINT(child_add_seen_by_parent)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		ep_add(ep, efd, EPOLLIN, 0xc0ffee);
		_exit(0);
	}
	FT_CHILD_OK(pid);
	struct epoll_event ev = { .events = EPOLLIN };
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), EEXIST);
	ep_signal(efd);
	struct epoll_event out[2];
	FT_EQ(ep_wait(ep, out, 2, 1000), 1);
	FT_EQ(out[0].data.u64, 0xc0ffee);
}

FT_POINT(parent_del_seen_by_child)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	FT_FD int efd = ep_eventfd(1);
	ep_add(ep, efd, EPOLLIN, 1);
	FT_FDS int go[2] = FT_NO_FDS;
	ft_pipe(go, 0);
	pid_t pid = ft_fork();
	if (pid == 0) {
		char c;
		ft_close(&go[1]);
		FT_EQ(read(go[0], &c, 1), 0); /* wait for the parent's DEL */
		struct epoll_event out[2];
		FT_EQ(ep_wait(ep, out, 2, 0), 0);
		FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL), ENOENT);
		_exit(0);
	}
	ft_close(&go[0]);
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_DEL, efd, NULL));
	ft_close(&go[1]);
	FT_CHILD_OK(pid);
}
