/*
 * shim epoll_holds_ref: an epoll registration keeps its file open, the
 * way an implementation holding its own reference would: EPOLL_CTL_ADD
 * also takes a hidden duplicate of the target descriptor that is never
 * closed, so closing the caller's last descriptor no longer removes the
 * entry (and its events keep coming).
 *
 * fdsuite-targets: epoll/close_last_removes
 */
#include <fcntl.h>
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	int r = real(ep, op, fd, ev);
	if (r == 0 && op == EPOLL_CTL_ADD)
		fcntl(fd, F_DUPFD_CLOEXEC, 900);
	return r;
}
