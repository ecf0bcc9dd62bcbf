/*
 * alloc/open_takes_lowest - open() returns the lowest-numbered descriptor
 * that is not open, whatever its flags: it fills a gap below an open
 * descriptor, also above 63 or above 1023, and a second open() takes the
 * next free number, stepping over numbers still in use.
 *
 * Cites: open(2) DESCRIPTION; POSIX open(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("open() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION; POSIX open(3p); POSIX XSH 2.14 File Descriptor Allocation");

ALLOC_CALL_ONE(open(alloc_open_path(flags), flags, 0600));
ALLOC_OPEN_FLAG_ROWS;

ALLOC_GAP_POINTS(&call, O_RDONLY, O_RDONLY, O_WRONLY | O_CLOEXEC)

ALLOC_ROWS_FLAGS(&call, alloc_open_rows)
ALLOC_ROWS_ABOVE(&call, O_RDONLY)
