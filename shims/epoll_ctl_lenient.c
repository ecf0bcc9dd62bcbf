/*
 * shim epoll_ctl_lenient: epoll_ctl() forgives what Linux refuses, like a
 * permissive emulator: EPOLL_CTL_ADD of a registered descriptor updates it
 * (no EEXIST); MOD/DEL of an unregistered one, adding an unsupported file
 * (EPERM), adding epfd to itself, a wrong epfd or flag (EINVAL) and epoll
 * cycles (ELOOP) all "succeed"; and an invalid descriptor is reported as
 * EINVAL instead of EBADF.
 *
 * fdsuite-targets: epoll/add_twice_eexist epoll/ctl_unregistered_enoent
 * fdsuite-targets: epoll/regular_file_eperm epoll/add_self_einval
 * fdsuite-targets: epoll/epfd_not_epoll_einval epoll/invalid_fd_ebadf
 * fdsuite-targets: epoll/nested_loop_eloop epoll/exclusive_mod_einval
 */
#include <errno.h>
#include <sys/epoll.h>

#include "next.h"

int epoll_ctl(int ep, int op, int fd, struct epoll_event *ev)
{
	__typeof__(&epoll_ctl) real = NEXT(epoll_ctl);
	int r = real(ep, op, fd, ev);
	if (r == 0)
		return 0;
	switch (errno) {
	case EEXIST:
		return real(ep, EPOLL_CTL_MOD, fd, ev);
	case ENOENT:
	case EPERM:
	case EINVAL:
	case ELOOP:
		return 0;
	case EBADF:
		errno = EINVAL;
		return -1;
	}
	return r;
}
