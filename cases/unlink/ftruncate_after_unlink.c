/*
 * unlink/ftruncate_after_unlink - ftruncate works on a file whose name is
 * gone: it shrinks it (the data past the new end is lost), extends it (the
 * new part reads as zero bytes), leaves the file offset alone, and the new
 * size is seen through every descriptor on the file.
 *
 * Cites: truncate(2) DESCRIPTION; unlink(2) DESCRIPTION; POSIX
 * ftruncate(3p).
 */
#include "unlink.h"

FT_CASE("ftruncate through the descriptor of an unlinked file changes its size",
	"truncate(2) DESCRIPTION; unlink(2) DESCRIPTION; POSIX ftruncate(3p)");

FT_POINT(shrink)
{
	FT_FD int fd = unlink_mkfile("f", "abcdefgh");
	FT_FD int o = FT_SYS(open("f", O_RDONLY));
	FT_SYS(unlink("f"));
	FT_EQ(lseek(fd, 6, SEEK_SET), 6);
	FT_SYS(ftruncate(fd, 3));
	FT_EQ(ft_offset(fd), 6);
	struct stat st;
	FT_SYS(fstat(o, &st));
	FT_EQ(st.st_size, 3);
	char buf[16] = "";
	FT_EQ(ft_read_all(o, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "abc", 3);
}

FT_POINT(extend_reads_zeros)
{
	FT_FD int fd = unlink_mkfile("f", "ab");
	FT_SYS(unlink("f"));
	FT_SYS(ftruncate(fd, 4096));
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 4096);
	static char buf[4096], want[4096];
	memset(want, 0, sizeof want);
	memcpy(want, "ab", 2);
	FT_EQ(pread(fd, buf, sizeof buf, 0), 4096);
	FT_MEMEQ(buf, want, sizeof want);
}
