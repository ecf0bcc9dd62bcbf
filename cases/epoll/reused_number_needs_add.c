/*
 * epoll/reused_number_needs_add - an entry is keyed by number and open
 * file description, so when a registered number is closed and reused for
 * another file, that new file is not watched: its events are not reported
 * until it is added, EPOLL_CTL_ADD of it succeeds (no EEXIST), and an old
 * entry still alive through a dup keeps reporting the old file only.
 */
#include "epoll.h"

FT_CASE("a reused descriptor number must be added to epoll again",
	"epoll(7) \"Questions and answers\" Q1, Q7; epoll_ctl(2) EPOLL_CTL_ADD");

FT_POINT(new_file_not_watched_until_added)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int a = ep_eventfd(0);
	ep_add(ep, a, EPOLLIN, 1);
	FT_SYS(close(a));
	int b = ep_eventfd(1); /* lowest free: takes a's number */
	FT_EQ(b, a);
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 0), 0);
	ep_add(ep, b, EPOLLIN, 2);
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
	close(b);
}

FT_POINT(old_entry_follows_old_file)
{
	FT_FD int ep = FT_SYS(epoll_create1(0));
	int a = ep_eventfd(0);
	ep_add(ep, a, EPOLLIN, 1);
	int keep = FT_SYS(fcntl(a, F_DUPFD, a + 1)); /* keeps a's file */
	FT_SYS(close(a));
	int b = ep_eventfd(1); /* a new file at the same number */
	if (b != a) {
		FT_SYS(dup2(b, a));
		close(b);
		b = a;
	}
	struct epoll_event out[4];
	FT_EQ(ep_wait(ep, out, 4, 0), 0); /* b is ready but not watched */
	ep_add(ep, b, EPOLLIN, 2); /* same number, other file: no EEXIST */
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].data.u64, 2);
	uint64_t v;
	FT_EQ(read(b, &v, sizeof v), (long long)sizeof v);
	ep_signal(keep);
	FT_EQ(ep_wait(ep, out, 4, 1000), 1);
	FT_EQ(out[0].data.u64, 1);
	close(keep);
	close(b);
}
