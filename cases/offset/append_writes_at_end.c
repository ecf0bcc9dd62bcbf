/*
 * offset/append_writes_at_end - with O_APPEND every write first moves the
 * offset to the current end of the file: data lands after what other
 * descriptors (other open file descriptions) have written meanwhile, an
 * lseek() before the write does not matter, and the offset ends at the
 * new end of file.
 *
 * Cites: open(2) O_APPEND; write(2) DESCRIPTION (offset set to the end of
 * the file before writing, as one atomic step); lseek(2) NOTES; POSIX
 * write(3p).
 */
#include "fdtest.h"

FT_CASE("O_APPEND writes land at the current end of the file",
	"open(2) O_APPEND; write(2) DESCRIPTION; lseek(2) NOTES; POSIX write(3p)");

FT_POINT(after_other_writer)
{
	char path[FT_PATH_MAX];
	FT_FD int w = ft_tmpfile("ab", path);
	FT_FD int a = FT_SYS(open(path, O_WRONLY | O_APPEND));
	FT_EQ(pwrite(w, "cdef", 4, 2), 4); /* the file grows behind a's back */
	FT_EQ(write(a, "X", 1), 1);
	FT_EQ(ft_offset(a), 7);
	char buf[8];
	FT_EQ(pread(w, buf, sizeof buf, 0), 7);
	FT_MEMEQ(buf, "abcdefX", 7);
}

FT_POINT(lseek_does_not_matter)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("abc", path));
	FT_FD int a = FT_SYS(open(path, O_RDWR | O_APPEND));
	FT_EQ(lseek(a, 1, SEEK_SET), 1);
	FT_EQ(write(a, "d", 1), 1);
	FT_EQ(ft_offset(a), 4);
	char buf[8];
	FT_EQ(pread(a, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}

FT_POINT(two_appenders_interleave)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile(NULL, path));
	FT_FD int a = FT_SYS(open(path, O_WRONLY | O_APPEND));
	FT_FD int b = FT_SYS(open(path, O_WRONLY | O_APPEND));
	FT_EQ(write(a, "1", 1), 1);
	FT_EQ(write(b, "2", 1), 1);
	FT_EQ(write(a, "3", 1), 1);
	char buf[8];
	FT_FD int r = FT_SYS(open(path, O_RDONLY));
	FT_EQ(read(r, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "123", 3);
}
