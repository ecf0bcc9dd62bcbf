/*
 * alloc/openat_takes_lowest - openat() allocates like open(): the result
 * is the lowest free number, both relative to a directory descriptor and
 * with AT_FDCWD, whatever the flags and also where the gap lies above 63
 * or above 1023; the directory descriptor's own number plays no part.
 *
 * Cites: open(2) DESCRIPTION and "openat()"; POSIX open(3p) (openat);
 * POSIX XSH 2.14 "File Descriptor Allocation".
 */
#include "alloc.h"

FT_CASE("openat() returns the lowest-numbered free descriptor",
	"open(2) DESCRIPTION, \"openat()\"; POSIX open(3p); POSIX XSH 2.14 File Descriptor Allocation");

/* relative to held[0], a descriptor of the scratch directory */
static int create(int flags, const int *held, int fds[2])
{
	const char *path = alloc_open_path(flags);
	fds[0] = FT_SYS(openat(held[0], path[0] == '/' ? path + 5 : path, flags, 0600));
	return 1;
}
static void prep(int *held)
{
	held[0] = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(symlinkat("/dev/null", held[0], "null"));
}
static const struct alloc_call call = { create, prep };
ALLOC_OPEN_FLAG_ROWS;

FT_POINT(fills_gap_relative_to_dirfd)
{
	FT_FD int dir = FT_SYS(open("/dev", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(openat(dir, "null", O_RDONLY));
	FT_EQ(fd, gap);
}

FT_POINT(fills_gap_with_at_fdcwd)
{
	FT_FD int plug = -1;
	int gap = alloc_gap(&plug);
	FT_FD int fd = FT_SYS(openat(AT_FDCWD, "f", O_RDWR | O_CREAT | O_EXCL, 0600));
	FT_EQ(fd, gap);
	int next_free = alloc_free_above(gap);
	FT_FD int again = FT_SYS(openat(AT_FDCWD, "f", O_RDONLY));
	FT_EQ(again, next_free);
}

ALLOC_ROWS_FLAGS(&call, alloc_open_rows)
ALLOC_ROWS_ABOVE(&call, O_RDONLY)
