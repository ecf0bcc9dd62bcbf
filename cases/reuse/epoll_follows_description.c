/*
 * reuse/epoll_follows_description - an epoll registration belongs to the
 * open file description, not to the number: closing the registered number
 * while a dup() of it stays open leaves the registration in place (events
 * keep coming, tagged with the registration's data, and the closed number
 * can no longer be used to delete it); once the last descriptor is closed
 * the registration is gone, and a new file that reuses the number is not
 * registered (adding it is not EEXIST, and it reports nothing by itself).
 *
 * Cites: epoll(7) "Questions and answers" (Will closing a file descriptor
 * cause it to be removed from all epoll interest lists?; the key is the
 * number plus the open file description); epoll_ctl(2) ERRORS (EBADF).
 */
#include "fdtest.h"
#include <sys/epoll.h>

FT_CASE("epoll interest follows the open file description, not the number",
	"epoll(7) \"Questions and answers\"; epoll_ctl(2) ERRORS");

static void add(int ep, int fd, uint64_t tag)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = tag };
	FT_SYS(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev));
}

/* Number of events within ms; *tag gets the first one's data. */
static int wait1(int ep, int ms, uint64_t *tag)
{
	struct epoll_event ev;
	int n = FT_SYS(epoll_wait(ep, &ev, 1, ft_scaled_ms(ms)));
	if (n == 1 && tag)
		*tag = ev.data.u64;
	return n;
}

FT_POINT(survives_close_of_one_dup)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	int p[2];
	FT_SYS(pipe(p));
	add(ep, p[0], 77);
	FT_FD int d = FT_SYS(dup(p[0]));
	FT_SYS(close(p[0]));
	FT_EQ(write(p[1], "x", 1), 1);
	uint64_t tag = 0;
	FT_EQ(wait1(ep, 1000, &tag), 1);
	FT_EQ(tag, 77);
	FT_ERRNO(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), EBADF);
	close(p[1]);
}

FT_POINT(gone_after_last_close)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	int p[2];
	FT_SYS(pipe(p));
	add(ep, p[0], 1);
	int d = FT_SYS(dup(p[0]));
	FT_EQ(write(p[1], "x", 1), 1); /* readable, level-triggered */
	FT_EQ(wait1(ep, 1000, NULL), 1);
	FT_SYS(close(p[0]));
	FT_SYS(close(d));
	FT_EQ(wait1(ep, 0, NULL), 0);
	close(p[1]);
}

FT_POINT(reused_number_not_registered)
{
	FT_FD int ep = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	int p[2], q[2];
	FT_SYS(pipe(p));
	add(ep, p[0], 1);
	FT_FD int r = p[0];
	FT_SYS(close(p[0])); /* the only descriptor: registration goes */
	FT_SYS(pipe(q));
	if (q[0] != r) { /* put the new read end on the old number */
		FT_EQ(dup2(q[0], r), r);
		close(q[0]);
	}
	FT_EQ(write(q[1], "y", 1), 1);
	FT_EQ(wait1(ep, 0, NULL), 0);
	add(ep, r, 2); /* not EEXIST: the old registration is gone */
	uint64_t tag = 0;
	FT_EQ(wait1(ep, 1000, &tag), 1);
	FT_EQ(tag, 2);
	close(q[1]);
	close(p[1]);
}
