/*
 * alloc/eventfd_takes_lowest - eventfd() returns the lowest free number:
 * it fills a gap below an open descriptor, and a second eventfd takes the
 * next free number above it, whatever the flags.
 *
 * Cites: eventfd(2) DESCRIPTION; POSIX XSH 2.14 "File Descriptor
 * Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/eventfd.h>

FT_CASE("eventfd() returns the lowest-numbered free descriptor",
	"eventfd(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(eventfd(3, EFD_NONBLOCK | EFD_SEMAPHORE));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
