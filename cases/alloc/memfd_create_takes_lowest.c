/*
 * alloc/memfd_create_takes_lowest - memfd_create() returns the lowest free
 * number: it fills a gap below an open descriptor, and a second memfd
 * takes the next free number above it.  memfd_create() appeared in Linux
 * 3.17; where it is missing the points skip.
 *
 * Cites: memfd_create(2) DESCRIPTION, VERSIONS (Linux 3.17, glibc 2.27);
 * POSIX XSH 2.14 "File Descriptor Allocation" (the general rule for
 * every call that allocates descriptors).
 */
#include "alloc.h"
#include <sys/mman.h>

FT_CASE("memfd_create() returns the lowest-numbered free descriptor",
	"memfd_create(2) DESCRIPTION (Linux 3.17); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_NEED_CALL(memfd_create("a", MFD_CLOEXEC), "memfd_create", "Linux 3.17");
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = FT_NEED_CALL(memfd_create("a", MFD_CLOEXEC), "memfd_create", "Linux 3.17");
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(memfd_create("b", MFD_ALLOW_SEALING));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
