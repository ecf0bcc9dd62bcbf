/*
 * shim epoll_not_nestable: epoll descriptors are not themselves pollable,
 * as in an emulator that implements epoll outside the file layer: adding
 * an epoll descriptor to an epoll instance fails with EPERM (as for a
 * file without poll support), and poll() never reports an epoll
 * descriptor ready.
 *
 * fdsuite-targets: epoll/nested_epoll epoll/nested_loop_eloop
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "next.h"

static int is_epoll(int fd)
{
	char path[64], link[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(path, link, sizeof link - 1);
	if (n < 0)
		return 0;
	link[n] = 0;
	return strcmp(link, "anon_inode:[eventpoll]") == 0;
}

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	if (op == EPOLL_CTL_ADD && fd != ep && is_epoll(fd)) {
		errno = EPERM;
		return -1;
	}
	return real(ep, op, fd, ev);
}

int poll(struct pollfd *f, nfds_t n, int timeout)
{
	__typeof__(&poll) real = NEXT(poll);
	char hid[1024] = { 0 };
	for (nfds_t i = 0; i < n && i < sizeof hid; i++)
		if (f[i].fd >= 0 && is_epoll(f[i].fd)) {
			f[i].fd = ~f[i].fd;
			hid[i] = 1;
		}
	int r = real(f, n, timeout);
	for (nfds_t i = 0; i < n && i < sizeof hid; i++)
		if (hid[i])
			f[i].fd = ~f[i].fd;
	return r;
}
