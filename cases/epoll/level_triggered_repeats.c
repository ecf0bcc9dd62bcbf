/*
 * epoll/level_triggered_repeats - without EPOLLET (the default) epoll is
 * level-triggered: an entry is reported by every epoll_wait() as long as
 * the file is ready, e.g. while data remains unread, and stops once it has
 * all been read.
 *
 * Cites: epoll(7) "Level-triggered and edge-triggered" (level-triggered
 * is the default); poll(2), whose semantics it shares.
 */
#include "epoll.h"

FT_CASE("level-triggered epoll reports while data remains unread",
	"epoll(7) \"Level-triggered and edge-triggered\"; poll(2)");

FT_POINT(reported_until_drained)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_FD int ep = ep_with_pipe(p, EPOLLIN);
	FT_EQ(write(p[1], "abc", 3), 3);
	struct epoll_event out[2];
	char c;
	for (int i = 0; i < 3; i++) {
		FT_EQ(ep_wait(ep, out, 2, 1000), 1);
		FT_EQ(ep_wait(ep, out, 2, 0), 1); /* again, nothing changed */
		FT_EQ(out[0].events, EPOLLIN);
		FT_EQ(read(p[0], &c, 1), 1);
	}
	FT_EQ(ep_wait(ep, out, 2, 0), 0);
}
