/*
 * alloc/eventfd_takes_lowest - eventfd() returns the lowest free number:
 * it fills a gap below an open descriptor, and a second eventfd takes the
 * next free number above it, whatever the flags (each creation flag alone
 * and all of them together).
 */
#include "alloc.h"
#include <sys/eventfd.h>

FT_CASE("eventfd() returns the lowest-numbered free descriptor",
	"eventfd(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

static const struct { const char *name; int flags; } flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", EFD_CLOEXEC },
	{ "nonblock", EFD_NONBLOCK },
	{ "semaphore", EFD_SEMAPHORE },
	{ "all", EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE },
};

FT_POINT(fills_gap)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_EQ(fd, gap);
}

FT_POINT(second_call_takes_next_free)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int first = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_EQ(first, gap);
	int next_free = alloc_free_above(gap);
	FT_FD int second = FT_SYS(eventfd(3, EFD_NONBLOCK | EFD_SEMAPHORE));
	FT_EQ(second, next_free);
}

FT_TABLE(fills_gap_flags, flag_rows)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(eventfd(1, row->flags));
	FT_EQ(fd, gap);
}
