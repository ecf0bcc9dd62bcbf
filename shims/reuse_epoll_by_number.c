/*
 * shim reuse_epoll_by_number: epoll interest is tracked by descriptor
 * number, as an emulator keyed on numbers would: closing a registered
 * number removes it from every epoll instance it was added to, even while
 * a dup() of it keeps the open file description alive.
 *
 * fdsuite-targets: reuse/epoll_follows_description
 */
#include <dlfcn.h>
#include <sys/epoll.h>
#include <unistd.h>

#define MAXREG 256
static struct {
	int ep, fd;
} reg[MAXREG];
static int nreg;

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	int r = ((int (*)(int, int, int, struct epoll_event *))dlsym(
		RTLD_NEXT, "epoll_ctl"))(ep, op, fd, ev);
	if (r == 0 && op == EPOLL_CTL_ADD && nreg < MAXREG) {
		reg[nreg].ep = ep;
		reg[nreg].fd = fd;
		nreg++;
	}
	return r;
}

int close(int fd)
{
	int (*ctl)(int, int, int, struct epoll_event *) =
		(int (*)(int, int, int, struct epoll_event *))dlsym(RTLD_NEXT,
								    "epoll_ctl");
	for (int i = 0; i < nreg; i++)
		if (reg[i].fd == fd) {
			ctl(reg[i].ep, EPOLL_CTL_DEL, fd, NULL);
			reg[i] = reg[--nreg];
			i--;
		}
	return ((int (*)(int))dlsym(RTLD_NEXT, "close"))(fd);
}
