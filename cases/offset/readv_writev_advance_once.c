/*
 * offset/readv_writev_advance_once - readv() and writev() transfer their
 * buffers in array order as one contiguous range starting at the file
 * offset, and advance the offset once, by the total transferred - as
 * read() and write() do, and preadv2() and pwritev2() given offset -1
 * (which use and update the file offset).
 *
 * Cites: readv(2) DESCRIPTION (works like read/write with several
 * buffers, processed in array order, as one block; preadv2 and pwritev2
 * with offset -1); POSIX readv(3p), writev(3p).
 */
#include "offset.h"
#include <sys/uio.h>

FT_CASE("readv and writev advance the offset by the total, once",
	"readv(2) DESCRIPTION; POSIX readv(3p), writev(3p)");

FT_POINT(writev_total)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	struct iovec iov[3] = { { "ab", 2 }, { "", 0 }, { "cde", 3 } };
	FT_EQ(writev(fd, iov, 3), 5);
	FT_EQ(ft_offset(fd), 7);
	char buf[10];
	FT_EQ(pread(fd, buf, 10, 0), 10);
	FT_MEMEQ(buf, "01abcde789", 10);
}

FT_POINT(readv_total)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char a[2], b[4];
	struct iovec iov[2] = { { a, 2 }, { b, 4 } };
	FT_EQ(readv(fd, iov, 2), 6);
	FT_MEMEQ(a, "12", 2);
	FT_MEMEQ(b, "3456", 4);
	FT_EQ(ft_offset(fd), 7);
}

FT_POINT(readv_short_at_eof)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 7, SEEK_SET), 7);
	char a[2], b[4];
	struct iovec iov[2] = { { a, 2 }, { b, 4 } };
	FT_EQ(readv(fd, iov, 2), 3);
	FT_MEMEQ(a, "78", 2);
	FT_EQ(b[0], '9');
	FT_EQ(ft_offset(fd), 10);
}

FT_TABLE(read_advances_via, offset_reads)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char buf[12];
	FT_EQ(row->rd(fd, buf, sizeof buf, -1), 9); /* short: by what was read */
	FT_MEMEQ(buf, "123456789", 9);
	FT_EQ(ft_offset(fd), 10);
}

FT_TABLE(write_advances_via, offset_writes)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_EQ(row->wr(fd, "abcde", 5, -1), 5);
	FT_EQ(ft_offset(fd), 7);
	char buf[10];
	FT_EQ(pread(fd, buf, 10, 0), 10);
	FT_MEMEQ(buf, "01abcde789", 10);
}
