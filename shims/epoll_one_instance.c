/*
 * shim epoll_one_instance: an open file can be watched by only one epoll
 * instance at a time: EPOLL_CTL_ADD of a file already registered in
 * another instance silently moves the entry (deletes it from the other
 * instance first), so the first instance no longer gets its events.
 *
 * fdsuite-targets: epoll/two_instances_both_report
 */
#include <sys/epoll.h>
#include <stddef.h>
#include <sys/stat.h>

#include "next.h"

#define MAXREG 256
static struct {
	int ep, fd;
	dev_t dev;
	ino_t ino;
} reg[MAXREG];
static int nreg;

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	struct stat st;
	if (op != EPOLL_CTL_ADD || fstat(fd, &st) != 0)
		return real(ep, op, fd, ev);
	for (int i = 0; i < nreg; i++)
		if (reg[i].ep != ep && reg[i].dev == st.st_dev && reg[i].ino == st.st_ino) {
			real(reg[i].ep, EPOLL_CTL_DEL, reg[i].fd, NULL);
			reg[i--] = reg[--nreg];
		}
	int r = real(ep, op, fd, ev);
	if (r == 0 && nreg < MAXREG) {
		reg[nreg].ep = ep;
		reg[nreg].fd = fd;
		reg[nreg].dev = st.st_dev;
		reg[nreg++].ino = st.st_ino;
	}
	return r;
}
