/*
 * unlink/tmpfile_linkat_empty_path - an O_TMPFILE file opened without
 * O_EXCL can be given a name with linkat(fd, "", AT_FDCWD, name,
 * AT_EMPTY_PATH) by a caller holding CAP_DAC_READ_SEARCH, although its
 * link count is zero: the name reaches the same inode and st_nlink is 1.
 *
 * Cites: open(2) DESCRIPTION "O_TMPFILE" (Linux 3.11); linkat(2)
 * "AT_EMPTY_PATH" (link count zero is allowed for O_TMPFILE files).
 */
#include "unlink.h"

FT_CASE("an O_TMPFILE file can be linked with linkat AT_EMPTY_PATH",
	"open(2) O_TMPFILE (Linux 3.11); linkat(2) AT_EMPTY_PATH");

FT_POINT(links_by_fd)
{
	unlink_need_dac_read_search();
	FT_FD int fd = unlink_tmpfile(0);
	ft_write_all(fd, "xyz", 3);
	FT_SYS(linkat(fd, "", AT_FDCWD, "named", AT_EMPTY_PATH));
	struct stat st;
	FT_SYS(stat("named", &st));
	FT_EQ(st.st_ino, unlink_ino(fd));
	FT_EQ(st.st_size, 3);
	FT_EQ(unlink_nlink(fd), 1);
}

FT_POINT(second_name)
{
	unlink_need_dac_read_search();
	FT_FD int fd = unlink_tmpfile(0);
	FT_SYS(linkat(fd, "", AT_FDCWD, "one", AT_EMPTY_PATH));
	FT_SYS(linkat(fd, "", AT_FDCWD, "two", AT_EMPTY_PATH));
	FT_EQ(unlink_nlink(fd), 2);
	FT_EQ(unlink_count_entries(), 2);
}
