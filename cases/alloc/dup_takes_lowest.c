/*
 * alloc/dup_takes_lowest - dup() gives the lowest-numbered unused
 * descriptor, whatever the number of the descriptor it copies: below it
 * or above it, also where the gap lies above 63 or above 1023.
 *
 * Cites: dup(2) DESCRIPTION; POSIX dup(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("dup() returns the lowest-numbered free descriptor",
	"dup(2) DESCRIPTION; POSIX dup(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* copies held[0], opened before the gap (fills_gap_below_the_original
   copies the plug above the gap) */
static int create(int flags, const int *held, int fds[2])
{
	fds[0] = FT_SYS(dup(held[0]));
	return 1;
}
static void prep(int *held)
{
	held[0] = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
}
static const struct alloc_call call = { create, prep };

FT_POINT(fills_gap_below_the_original)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int copy = FT_SYS(dup(plug));
	FT_EQ(copy, gap);
}

FT_POINT(second_call_takes_next_free)
{
	alloc_second_call(&call, 0, 0);
}

ALLOC_ROWS_ABOVE(&call, 0)
