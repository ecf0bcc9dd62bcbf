/*
 * alloc/o_tmpfile_takes_lowest - open() with O_TMPFILE creates an unnamed
 * file and, like every open(), returns the lowest free number.  O_TMPFILE
 * was added in Linux 3.11 and needs filesystem support; where it is not
 * available (EISDIR from a kernel without it, EOPNOTSUPP from a filesystem
 * without it) the points skip.
 *
 * Cites: open(2) DESCRIPTION, O_TMPFILE (since Linux 3.11) and ERRORS
 * (EISDIR, EOPNOTSUPP); POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("open(O_TMPFILE) returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, O_TMPFILE (Linux 3.11); POSIX XSH 2.14 File Descriptor Allocation");

#define TMPOPEN(fl) open(".", O_TMPFILE | O_RDWR | (fl), 0600)

/* The first O_TMPFILE open of a point: skips where it is unsupported. */
static int tmpopen_first(int fl)
{
	errno = 0;
	int fd = TMPOPEN(fl);
	if (fd == -1 && errno == EISDIR)
		FT_SKIP("O_TMPFILE not supported here (EISDIR; added in Linux 3.11)");
	return FT_NEED_FLAG(fd, "O_TMPFILE", "Linux 3.11");
}

FT_POINT(fills_gap)
{
	int plug, h = alloc_gap(&plug);
	int fd = tmpopen_first(0);
	FT_EQ(fd, h);
	close(fd);
	close(plug);
}

FT_POINT(second_call_takes_next_free)
{
	int plug, h = alloc_gap(&plug);
	int a = tmpopen_first(O_CLOEXEC);
	FT_EQ(a, h);
	int want = alloc_free_above(h);
	int b = FT_SYS(TMPOPEN(O_EXCL));
	FT_EQ(b, want);
	close(b);
	close(a);
	close(plug);
}
