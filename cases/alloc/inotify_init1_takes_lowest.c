/*
 * alloc/inotify_init1_takes_lowest - inotify_init1() returns the lowest
 * free number, with IN_CLOEXEC and IN_NONBLOCK alone or together: it
 * fills a gap below an open descriptor, also above 63 or above 1023, and
 * a second instance takes the next free number above it.
 *
 * Cites: inotify_init(2) DESCRIPTION; POSIX XSH 2.14 "File Descriptor
 * Allocation" (the general rule for every call that allocates
 * descriptors).
 */
#include "alloc.h"
#include <sys/inotify.h>

FT_CASE("inotify_init1() returns the lowest-numbered free descriptor",
	"inotify_init(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

ALLOC_CALL_ONE(inotify_init1(flags));
ALLOC_FLAG_ROWS(IN_CLOEXEC, IN_NONBLOCK);

ALLOC_GAP_POINTS(&call, IN_CLOEXEC, IN_CLOEXEC, IN_NONBLOCK)

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, IN_CLOEXEC)
