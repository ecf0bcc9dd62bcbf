/*
 * offset/seek_past_eof_makes_hole - lseek() may set the offset beyond the
 * end of the file without changing its size; a write there extends the
 * file, and the gap reads back as null bytes.
 *
 * Cites: lseek(2) DESCRIPTION (offset beyond the end; a "hole" reads as
 * null bytes); POSIX lseek(3p).
 */
#include "fdtest.h"

FT_CASE("seeking past EOF does not grow the file; writing there leaves a zero-filled gap",
	"lseek(2) DESCRIPTION; POSIX lseek(3p)");

static long long size_of(int fd)
{
	struct stat st;
	FT_SYS(fstat(fd, &st));
	return st.st_size;
}

FT_POINT(seek_does_not_grow)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(lseek(fd, 100, SEEK_SET), 100);
	FT_EQ(size_of(fd), 3);
	char c;
	FT_EQ(read(fd, &c, 1), 0);
	FT_EQ(ft_offset(fd), 100);
}

FT_POINT(write_leaves_zero_gap)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_EQ(lseek(fd, 5, SEEK_END), 8);
	FT_EQ(write(fd, "Z", 1), 1);
	FT_EQ(size_of(fd), 9);
	char buf[16];
	FT_EQ(pread(fd, buf, sizeof buf, 0), 9);
	FT_MEMEQ(buf, "abc\0\0\0\0\0Z", 9);
}

FT_POINT(large_gap)
{
	FT_FD int fd = ft_tmpfile("a", NULL);
	FT_EQ(lseek(fd, 1 << 20, SEEK_SET), 1 << 20);
	FT_EQ(write(fd, "b", 1), 1);
	FT_EQ(size_of(fd), (1 << 20) + 1);
	static char buf[4096], zero[4096];
	FT_EQ(pread(fd, buf, sizeof buf, 512 * 1024), (long)sizeof buf);
	FT_MEMEQ(buf, zero, sizeof buf);
}
