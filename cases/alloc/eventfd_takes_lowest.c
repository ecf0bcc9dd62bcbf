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

ALLOC_CALL_ONE(eventfd(1, flags));
static const struct alloc_flag_row flag_rows[] = {
	{ "none", 0 },
	{ "cloexec", EFD_CLOEXEC },
	{ "nonblock", EFD_NONBLOCK },
	{ "semaphore", EFD_SEMAPHORE },
	{ "all", EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE },
};

ALLOC_GAP_POINTS(&call, EFD_CLOEXEC, EFD_CLOEXEC, EFD_NONBLOCK | EFD_SEMAPHORE)

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, EFD_CLOEXEC)
