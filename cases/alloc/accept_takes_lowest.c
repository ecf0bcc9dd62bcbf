/*
 * alloc/accept_takes_lowest - the descriptor accept() returns for a new
 * connection is the lowest-numbered free one, filling a gap below open
 * descriptors (including the listening socket's own), also where the gap
 * lies above 63 or above 1023.
 *
 * Cites: accept(2) DESCRIPTION; POSIX accept(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("accept() returns the lowest-numbered free descriptor",
	"accept(2) DESCRIPTION; POSIX accept(3p); POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *listener, int fds[2])
{
	fds[0] = FT_SYS(accept(listener[0], NULL, NULL));
	return 1;
}
static const struct alloc_call call = { create, alloc_listener };

FT_POINT(fills_gap)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(second_accept_takes_next_free)
{
	alloc_second_call(&call, 0, 0);
}

ALLOC_ROWS_ABOVE(&call, 0)
