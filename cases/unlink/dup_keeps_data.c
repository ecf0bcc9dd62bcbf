/*
 * unlink/dup_keeps_data - after the name is removed, closing the descriptor
 * that opened the file is not the last close when a duplicate of it is
 * still open: the file, its contents and its size live on through the
 * duplicate, and it can still be written.
 *
 * Cites: unlink(2) DESCRIPTION (the file exists until the last descriptor
 * referring to it is closed); dup(2) DESCRIPTION; POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("a dup keeps an unlinked file alive after the original descriptor is closed",
	"unlink(2) DESCRIPTION; dup(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(dup_reads_after_original_closed)
{
	int fd = unlink_mkfile("f", "survivor");
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(unlink("f"));
	FT_SYS(close(fd));
	char buf[16] = "";
	FT_EQ(pread(d, buf, sizeof buf, 0), 8);
	FT_MEMEQ(buf, "survivor", 8);
	struct stat st;
	FT_SYS(fstat(d, &st));
	FT_EQ(st.st_size, 8);
	FT_EQ(st.st_nlink, 0);
}

FT_POINT(dup_writes_after_original_closed)
{
	int fd = unlink_mkfile("f", "ab");
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_SYS(close(fd));
	FT_SYS(unlink("f"));
	FT_EQ(pwrite(d, "cd", 2, 2), 2);
	char buf[8] = "";
	FT_EQ(pread(d, buf, sizeof buf, 0), 4);
	FT_MEMEQ(buf, "abcd", 4);
}
