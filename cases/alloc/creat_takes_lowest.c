/*
 * alloc/creat_takes_lowest - creat() is open() with O_CREAT|O_WRONLY|
 * O_TRUNC and allocates the same way: the lowest free number, filling a
 * gap below an open descriptor, also where the gap lies above 63 or
 * above 1023.
 *
 * Cites: open(2) DESCRIPTION and "creat()"; POSIX creat(3p); POSIX XSH
 * 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("creat() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, \"creat()\"; POSIX creat(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* a second creat() of "f" opens it again, truncated */
ALLOC_CALL_ONE(creat("f", 0600));

ALLOC_GAP_POINTS(&call, 0, 0, 0)

ALLOC_ROWS_ABOVE(&call, 0)
