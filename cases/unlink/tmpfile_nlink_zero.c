/*
 * unlink/tmpfile_nlink_zero - open(dir, O_TMPFILE) makes a regular file
 * with no name at all: fstat shows a regular file with st_nlink 0, the
 * directory gains no entry, and the file reads and writes like any other
 * until its last descriptor closes.
 *
 * Cites: open(2) DESCRIPTION "O_TMPFILE" (Linux 3.11, filesystem
 * dependent).
 */
#include "unlink.h"

FT_CASE("an O_TMPFILE file is a nameless regular file with st_nlink 0",
	"open(2) O_TMPFILE (Linux 3.11)");

FT_POINT(nlink_zero)
{
	FT_FD int fd = unlink_tmpfile(0);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_TRUE(S_ISREG(st.st_mode));
	FT_EQ(st.st_nlink, 0);
	FT_EQ(st.st_size, 0);
}

FT_POINT(no_directory_entry)
{
	FT_EQ(unlink_count_entries(), 0);
	FT_FD int fd = unlink_tmpfile(0);
	FT_EQ(unlink_count_entries(), 0);
}

FT_POINT(reads_and_writes)
{
	FT_FD int fd = unlink_tmpfile(0);
	ft_write_all(fd, "temporary", 9);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 9);
	FT_MEMEQ(buf, "temporary", 9);
	FT_EQ(ft_offset(fd), 9);
}
