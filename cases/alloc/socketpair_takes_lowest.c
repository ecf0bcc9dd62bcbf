/*
 * alloc/socketpair_takes_lowest - socketpair() allocates its two
 * descriptors one after the other, each the lowest free number at that
 * moment: the pair fills a gap and then the next free number above an
 * open descriptor, for stream and datagram pairs, with SOCK_CLOEXEC and
 * SOCK_NONBLOCK alone or together, also where the gap lies above 63 or
 * above 1023.  The order of the two ends is not documented and is not
 * checked.
 *
 * Cites: socketpair(2) DESCRIPTION; POSIX socketpair(3p); POSIX XSH 2.14
 * "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("socketpair() gives its two ends the two lowest free numbers in turn",
	"socketpair(2) DESCRIPTION; POSIX socketpair(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* flags: the type's flags, and SOCK_DGRAM for a datagram pair */
static int create(int flags, const int *held, int fds[2])
{
	ft_socketpair(AF_UNIX, flags & SOCK_DGRAM ? flags : SOCK_STREAM | flags, fds);
	return 2;
}
static const struct alloc_call call = { create, NULL };
ALLOC_FLAG_ROWS(SOCK_CLOEXEC, SOCK_NONBLOCK);

FT_POINT(stream_pair)
{
	alloc_fills_gap(&call, 0, 0);
}

FT_POINT(dgram_pair_cloexec)
{
	alloc_fills_gap(&call, SOCK_DGRAM | SOCK_CLOEXEC, 0);
}

ALLOC_ROWS_FLAGS(&call, alloc_flag_rows)
ALLOC_ROWS_ABOVE(&call, SOCK_CLOEXEC)
