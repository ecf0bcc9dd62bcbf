/*
 * alloc/inotify_init1_takes_lowest - inotify_init1() returns the lowest
 * free number: it fills a gap below an open descriptor, and a second
 * instance takes the next free number above it.
 *
 * Cites: inotify_init(2) DESCRIPTION; POSIX XSH 2.14 "File Descriptor
 * Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/inotify.h>

FT_CASE("inotify_init1() returns the lowest-numbered free descriptor",
	"inotify_init(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(inotify_init1(IN_CLOEXEC));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(inotify_init1(IN_NONBLOCK));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
