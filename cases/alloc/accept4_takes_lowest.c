/*
 * alloc/accept4_takes_lowest - accept4() allocates like accept(): the new
 * connection's descriptor is the lowest free number, with each of
 * SOCK_CLOEXEC and SOCK_NONBLOCK alone or together, also where the gap
 * lies above 63 or above 1023.
 *
 * Cites: accept(2) DESCRIPTION (accept4 since Linux 2.6.28); POSIX XSH
 * 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("accept4() returns the lowest-numbered free descriptor",
	"accept(2) DESCRIPTION; POSIX XSH 2.14 File Descriptor Allocation");

static int create(int flags, const int *listener, int fds[2])
{
	fds[0] = FT_SYS(accept4(listener[0], NULL, NULL, flags));
	return 1;
}
static const struct alloc_call call = { create, alloc_listener };
ALLOC_FLAG_ROWS(SOCK_CLOEXEC, SOCK_NONBLOCK);

FT_POINT(no_flags)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(cloexec_nonblock)
{
	alloc_fills_gap(&call, SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
}

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, SOCK_CLOEXEC)
