/*
 * offset/seek_data_hole - lseek() SEEK_DATA finds the next offset holding
 * data and SEEK_HOLE the next hole, with an implicit hole at end of file;
 * both fail with ENXIO past the end.  Filesystems need not report holes
 * (then all of the file is data), so only what holds either way is
 * required: data is never reported as a hole, a file without holes has
 * its first hole at its end.
 *
 * Cites: lseek(2) "Seeking file data and holes" (since Linux 3.1) and
 * ERRORS (ENXIO).
 */
#include "fdtest.h"

FT_CASE("SEEK_DATA and SEEK_HOLE find data and holes",
	"lseek(2) \"Seeking file data and holes\" and ERRORS");

#define SIZE (1 << 20)

static int sparse(void) /* "abc" then a hole up to SIZE */
{
	int fd = ft_tmpfile("abc", NULL);
	FT_SYS(ftruncate(fd, SIZE));
	FT_NEED_FLAG(lseek(fd, 0, SEEK_DATA), "SEEK_DATA", "Linux 3.1");
	return fd;
}

FT_POINT(file_without_holes)
{
	FT_FD int fd = ft_tmpfile("abcdefghij", NULL);
	FT_EQ(FT_NEED_FLAG(lseek(fd, 5, SEEK_DATA), "SEEK_DATA", "Linux 3.1"), 5);
	FT_EQ(ft_offset(fd), 5);
	FT_EQ(lseek(fd, 0, SEEK_HOLE), 10);
	FT_EQ(ft_offset(fd), 10);
}

FT_POINT(data_then_hole)
{
	FT_FD int fd = sparse();
	FT_EQ(lseek(fd, 0, SEEK_DATA), 0);
	long long h = FT_SYS(lseek(fd, 0, SEEK_HOLE));
	FT_GE(h, 3); /* the data is not a hole */
	FT_LE(h, SIZE);
	FT_EQ(ft_offset(fd), h);
}

FT_POINT(inside_trailing_hole)
{
	FT_FD int fd = sparse();
	errno = 0;
	long long d = lseek(fd, SIZE - 1, SEEK_DATA);
	int e = errno;
	if (d != SIZE - 1) /* no hole reported: all data; else: ENXIO */
		FT_TRUE(d == -1 && e == ENXIO);
	long long h = FT_SYS(lseek(fd, SIZE - 1, SEEK_HOLE));
	FT_TRUE(h == SIZE - 1 || h == SIZE);
}

FT_POINT(past_eof_enxio)
{
	FT_FD int fd = sparse();
	FT_EQ(lseek(fd, 7, SEEK_SET), 7);
	FT_ERRNO(lseek(fd, SIZE + 1, SEEK_DATA), ENXIO);
	FT_ERRNO(lseek(fd, SIZE + 1, SEEK_HOLE), ENXIO);
	FT_EQ(ft_offset(fd), 7);
}
