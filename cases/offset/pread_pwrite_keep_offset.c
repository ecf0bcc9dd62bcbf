/*
 * offset/pread_pwrite_keep_offset - pread() and pwrite() transfer data at
 * the offset they are given and leave the file offset where it was, so
 * they can be mixed with read()/write() on the same descriptor.  So do
 * the vectored positional calls: preadv(), pwritev(), and preadv2() and
 * pwritev2() with flags 0 or a per-call flag (RWF_HIPRI, RWF_DSYNC,
 * RWF_SYNC).
 *
 * Cites: pread(2) DESCRIPTION (the file offset is not changed); readv(2)
 * DESCRIPTION "preadv() and pwritev()", "preadv2() and pwritev2()"; POSIX
 * pread(3p), pwrite(3p).
 */
#include "offset.h"

FT_CASE("pread and pwrite do not move the file offset",
	"pread(2) DESCRIPTION; readv(2) DESCRIPTION; POSIX pread(3p), pwrite(3p)");

FT_POINT(pread_keeps)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char buf[4];
	FT_EQ(pread(fd, buf, 3, 3), 3);
	FT_MEMEQ(buf, "def", 3);
	FT_EQ(ft_offset(fd), 1);
	FT_EQ(read(fd, buf, 1), 1);
	FT_EQ(buf[0], 'b');
}

FT_POINT(pwrite_keeps)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_EQ(pwrite(fd, "XY", 2, 4), 2);
	FT_EQ(ft_offset(fd), 2);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "cdXY", 4);
}

FT_POINT(pwrite_past_eof_keeps)
{
	FT_FD int fd = ft_tmpfile("ab", NULL);
	FT_EQ(pwrite(fd, "z", 1, 10), 1);
	FT_EQ(ft_offset(fd), 0);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 11);
}

FT_TABLE(read_keeps_via, offset_preads)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 1, SEEK_SET), 1);
	char buf[4];
	FT_EQ(row->rd(fd, buf, 3, 3), 3);
	FT_MEMEQ(buf, "def", 3);
	FT_EQ(ft_offset(fd), 1);
}

FT_TABLE(write_keeps_via, offset_pwrites)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_EQ(row->wr(fd, "XY", 2, 4), 2);
	FT_EQ(ft_offset(fd), 2);
	char buf[8];
	FT_EQ(read(fd, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "cdXY", 4);
}

FT_TABLE(write_past_eof_keeps_via, offset_pwrites)
{
	FT_FD int fd = ft_tmpfile("ab", NULL);
	FT_EQ(row->wr(fd, "z", 1, 10), 1);
	FT_EQ(ft_offset(fd), 0);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 11);
}
