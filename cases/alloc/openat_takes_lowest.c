/*
 * alloc/openat_takes_lowest - openat() allocates like open(): the result
 * is the lowest free number, both relative to a directory descriptor and
 * with AT_FDCWD, and the directory descriptor's own number plays no part.
 *
 * Cites: open(2) DESCRIPTION and "openat()"; POSIX open(3p) (openat);
 * POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("openat() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, \"openat()\"; POSIX open(3p); POSIX XSH 2.14 File Descriptor Allocation");

FT_POINT(fills_gap_relative_to_dirfd)
{
	int dfd = FT_SYS(open("/dev", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(openat(dfd, "null", O_RDONLY));
	FT_EQ(fd, h);
	close(fd);
	close(plug);
	close(dfd);
}

FT_POINT(fills_gap_with_at_fdcwd)
{
	int plug, h = alloc_gap(&plug);
	int fd = FT_SYS(openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_EXCL, 0600));
	FT_EQ(fd, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(openat(AT_FDCWD, "f", O_RDONLY));
	FT_EQ(b, want);
	close(b);
	close(fd);
	close(plug);
}
