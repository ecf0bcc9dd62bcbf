/*
 * shim epoll_data_truncated: the data member comes back from epoll_wait()
 * truncated to 32 bits (as if stored in an int, the way a 32-bit
 * emulation layer might keep only data.fd).
 *
 * fdsuite-targets: epoll/data_returned_unchanged scm_rights/pass_epoll_fd
 */
#include <sys/epoll.h>

#include "next.h"

int epoll_wait(int ep, struct epoll_event *ev, int max, int timeout)
{
	__typeof__(&epoll_wait) real = NEXT(epoll_wait);
	int r = real(ep, ev, max, timeout);
	for (int i = 0; i < r; i++)
		ev[i].data.u64 &= 0xffffffffULL;
	return r;
}
