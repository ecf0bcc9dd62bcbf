/*
 * alloc/timerfd_create_takes_lowest - timerfd_create() returns the lowest
 * free number: it fills a gap below an open descriptor, and a second timer
 * takes the next free number above it.
 *
 * Cites: timerfd_create(2) "timerfd_create()"; POSIX XSH 2.14 "File
 * Descriptor Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/timerfd.h>

FT_CASE("timerfd_create() returns the lowest-numbered free descriptor",
	"timerfd_create(2) \"timerfd_create()\"; POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
