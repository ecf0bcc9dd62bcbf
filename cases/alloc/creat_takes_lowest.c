/*
 * alloc/creat_takes_lowest - creat() is open() with O_CREAT|O_WRONLY|
 * O_TRUNC and allocates the same way: the lowest free number, filling a
 * gap below an open descriptor.
 *
 * Cites: open(2) DESCRIPTION and "creat()"; POSIX creat(3p); POSIX XSH
 * 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("creat() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, \"creat()\"; POSIX creat(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(creat("f", 0600));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(creat("f", 0600));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(creat("g", 0600));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
