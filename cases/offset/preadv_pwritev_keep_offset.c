/*
 * offset/preadv_pwritev_keep_offset - preadv() and pwritev() scatter and
 * gather at the offset they are given, buffers in array order, and do not
 * change the file offset.
 *
 * Cites: readv(2) DESCRIPTION "preadv() and pwritev()" (the file offset is
 * not changed); preadv/pwritev since Linux 2.6.30.
 */
#include "fdtest.h"
#include <sys/uio.h>

FT_CASE("preadv and pwritev do not move the file offset",
	"readv(2) DESCRIPTION \"preadv() and pwritev()\"");

FT_POINT(preadv_keeps)
{
	FT_FD int fd = ft_tmpfile("abcdefgh", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char a[2], b[3];
	struct iovec iov[2] = { { a, 2 }, { b, 3 } };
	FT_EQ(FT_NEED_CALL(preadv(fd, iov, 2, 2), "preadv", "Linux 2.6.30"), 5);
	FT_MEMEQ(a, "cd", 2);
	FT_MEMEQ(b, "efg", 3);
	FT_EQ(ft_offset(fd), 1);
}

FT_POINT(pwritev_keeps)
{
	FT_FD int fd = ft_tmpfile("abcdefgh", NULL);
	FT_EQ(lseek(fd, 6, SEEK_SET), 6);
	struct iovec iov[2] = { { "XY", 2 }, { "Z", 1 } };
	FT_EQ(FT_NEED_CALL(pwritev(fd, iov, 2, 1), "pwritev", "Linux 2.6.30"), 3);
	FT_EQ(ft_offset(fd), 6);
	char buf[8];
	FT_EQ(pread(fd, buf, 8, 0), 8);
	FT_MEMEQ(buf, "aXYZefgh", 8);
}
