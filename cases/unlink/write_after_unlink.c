/*
 * unlink/write_after_unlink - an unlinked file that is still open can be
 * written: the new data grows the file (fstat's st_size follows), reads
 * back through the same descriptor, and is seen through another descriptor
 * opened on the file before its name was removed.
 *
 * Cites: unlink(2) DESCRIPTION (an open file outlives its last name);
 * POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("an unlinked file stays writable and its writes are visible to all its descriptors",
	"unlink(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(write_reads_back)
{
	FT_FD int fd = unlink_mkfile("f", "abc");
	FT_SYS(unlink("f"));
	FT_EQ(lseek(fd, 0, SEEK_END), 3);
	ft_write_all(fd, "defgh", 5);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 8);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 8);
	FT_MEMEQ(buf, "abcdefgh", 8);
}

FT_POINT(other_fd_sees_writes)
{
	FT_FD int fd = unlink_mkfile("f", "abc");
	FT_FD int o = FT_SYS(open("f", O_RDONLY));
	FT_SYS(unlink("f"));
	FT_EQ(pwrite(fd, "XYZW", 4, 1), 4);
	char buf[16] = "";
	FT_EQ(pread(o, buf, sizeof buf, 0), 5);
	FT_MEMEQ(buf, "aXYZW", 5);
}
