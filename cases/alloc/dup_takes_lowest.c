/*
 * alloc/dup_takes_lowest - dup() gives the lowest-numbered unused
 * descriptor, whatever the number of the descriptor it copies: below it
 * or above it.
 *
 * Cites: dup(2) DESCRIPTION; POSIX dup(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("dup() returns the lowest-numbered free descriptor",
	"dup(2) DESCRIPTION; POSIX dup(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap_below_the_original)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(dup(plug));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(dup(plug));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(dup(a));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
