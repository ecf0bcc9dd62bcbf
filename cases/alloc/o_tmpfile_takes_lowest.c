/*
 * alloc/o_tmpfile_takes_lowest - open() with O_TMPFILE creates an unnamed
 * file and, like every open(), returns the lowest free number, whatever
 * the other flags (write-only, O_CLOEXEC, O_EXCL) and also where the gap
 * lies above 63 or above 1023.  O_TMPFILE was added in Linux 3.11 and
 * needs filesystem support; where it is not available (EISDIR from a
 * kernel without it, EOPNOTSUPP from a filesystem without it) the points
 * skip.
 *
 * Cites: open(2) DESCRIPTION, O_TMPFILE (since Linux 3.11) and ERRORS
 * (EISDIR, EOPNOTSUPP); POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("open(O_TMPFILE) returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, O_TMPFILE (Linux 3.11); POSIX XSH 2.14 File Descriptor Allocation");

/* flags holds the access mode and the other flags */
static int create(int flags, const int *held, int fds[2])
{
	errno = 0;
	int fd = open(".", O_TMPFILE | flags, 0600);
	if (fd == -1 && errno == EISDIR)
		FT_SKIP("O_TMPFILE not supported here (EISDIR; added in Linux 3.11)");
	fds[0] = FT_NEED_FLAG(fd, "O_TMPFILE", "Linux 3.11");
	return 1;
}
static const struct alloc_call call = { create, NULL };
static const struct alloc_flag_row flag_rows[] = {
	{ "rdwr", O_RDWR },
	{ "wronly", O_WRONLY },
	{ "cloexec", O_RDWR | O_CLOEXEC },
	{ "excl", O_RDWR | O_EXCL },
	{ "all", O_WRONLY | O_CLOEXEC | O_EXCL },
};

ALLOC_GAP_POINTS(&call, O_RDWR, O_RDWR | O_CLOEXEC, O_RDWR | O_EXCL)

ALLOC_ROWS_FLAGS(&call, flag_rows)
ALLOC_ROWS_ABOVE(&call, O_RDWR)
