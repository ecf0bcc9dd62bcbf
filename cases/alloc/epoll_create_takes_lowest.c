/*
 * alloc/epoll_create_takes_lowest - a new epoll instance's descriptor, from
 * epoll_create1() or the older epoll_create(), is the lowest free number:
 * it fills a gap below an open descriptor, and the next instance takes
 * the next free number above it.
 *
 * Cites: epoll_create(2) DESCRIPTION and "epoll_create1()"; POSIX XSH
 * 2.14 "File Descriptor Allocation" (the general rule for every call that
 * allocates descriptors).
 */
#include "alloc.h"
#include <sys/epoll.h>

FT_CASE("epoll_create1() and epoll_create() return the lowest-numbered free descriptor",
	"epoll_create(2) DESCRIPTION, \"epoll_create1()\"; POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(epoll_create1(EPOLL_CLOEXEC));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(epoll_create(1));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
