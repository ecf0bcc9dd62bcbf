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

ALLOC_CALL_ONE(timerfd_create(CLOCK_MONOTONIC, flags));
ALLOC_FLAG_ROWS(TFD_CLOEXEC, TFD_NONBLOCK);

ALLOC_GAP_POINTS(&call, TFD_CLOEXEC, TFD_CLOEXEC, TFD_NONBLOCK)

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, TFD_CLOEXEC)
