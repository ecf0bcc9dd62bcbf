/*
 * alloc/open_takes_lowest - open() returns the lowest-numbered descriptor
 * that is not open: it fills a gap below an open descriptor, and a second
 * open() takes the next free number, stepping over numbers still in use.
 *
 * Cites: open(2) DESCRIPTION; POSIX open(3p); POSIX XSH 2.14 "File
 * Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("open() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION; POSIX open(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_SYS(open("/dev/null", O_RDONLY));
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(open("/dev/null", O_WRONLY | O_CLOEXEC));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
