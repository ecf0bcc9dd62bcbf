/*
 * alloc/eventfd_takes_lowest - eventfd() returns the lowest free number:
 * it fills a gap below an open descriptor, also above 63 or above 1023,
 * and a second eventfd takes the next free number above it, whatever the
 * flags (each creation flag alone and all of them together).
 */
#include "alloc.h"
#include <sys/eventfd.h>

FT_CASE("eventfd() returns the lowest-numbered free descriptor",
	"eventfd(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	fds[0] = FT_SYS(eventfd(1, flags));
	return 1;
}
static const struct alloc_call call = { create, NULL };
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", EFD_CLOEXEC },
	{ "nonblock", EFD_NONBLOCK },
	{ "semaphore", EFD_SEMAPHORE },
	{ "all", EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE },
};

FT_POINT(fills_gap)
{
	alloc_fills_gap(&call, EFD_CLOEXEC, 0);
}

FT_POINT(second_call_takes_next_free)
{
	alloc_second_call(&call, EFD_CLOEXEC, EFD_NONBLOCK | EFD_SEMAPHORE);
}

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, EFD_CLOEXEC)
