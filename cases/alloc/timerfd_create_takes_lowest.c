/*
 * alloc/timerfd_create_takes_lowest - timerfd_create() returns the lowest
 * free number, with TFD_CLOEXEC and TFD_NONBLOCK alone or together: it
 * fills a gap below an open descriptor, also above 63 or above 1023, and
 * a second timer takes the next free number above it.
 *
 * Cites: timerfd_create(2) "timerfd_create()"; POSIX XSH 2.14 "File
 * Descriptor Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/timerfd.h>

FT_CASE("timerfd_create() returns the lowest-numbered free descriptor",
	"timerfd_create(2) \"timerfd_create()\"; POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *held, int fds[2])
{
	fds[0] = FT_SYS(timerfd_create(CLOCK_MONOTONIC, flags));
	return 1;
}
static const struct alloc_call call = { create, NULL };
ALLOC_FLAG_ROWS(TFD_CLOEXEC, TFD_NONBLOCK);

FT_POINT(fills_gap)
{
	alloc_fills_gap(&call, TFD_CLOEXEC, 0);
}

FT_POINT(second_call_takes_next_free)
{
	alloc_second_call(&call, TFD_CLOEXEC, TFD_NONBLOCK);
}

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, TFD_CLOEXEC)
