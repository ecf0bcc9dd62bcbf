/*
 * shim epoll_key_by_number: the interest list is keyed by descriptor
 * number and an entry dies with its number: close() of a registered
 * descriptor removes it from every epoll instance it was added to, even
 * when a dup still keeps the open file description alive (the behavior
 * epoll(7) Q7 says Linux does not have).
 *
 * fdsuite-targets: epoll/close_dup_keeps_events epoll/reused_number_needs_add
 */
#include <sys/epoll.h>
#include <unistd.h>

#include "next.h"

#define MAXREG 256
static struct {
	int ep, fd;
} reg[MAXREG];
static int nreg;

static int (*real_ctl(void))(int, int, int, struct epoll_event *)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	return real;
}

static void forget(int ep, int fd)
{
	for (int i = 0; i < nreg; i++)
		if (reg[i].fd == fd && (ep < 0 || reg[i].ep == ep))
			reg[i--] = reg[--nreg];
}

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	int r = real_ctl()(ep, op, fd, ev);
	if (r == 0 && op == EPOLL_CTL_ADD && nreg < MAXREG) {
		reg[nreg].ep = ep;
		reg[nreg++].fd = fd;
	} else if (r == 0 && op == EPOLL_CTL_DEL) {
		forget(ep, fd);
	}
	return r;
}

int close(int fd)
{
	__typeof__(&close) real = NEXT(close);
	for (int i = 0; i < nreg; i++)
		if (reg[i].fd == fd)
			real_ctl()(reg[i].ep, EPOLL_CTL_DEL, fd, NULL);
	forget(-1, fd);
	return real(fd);
}
