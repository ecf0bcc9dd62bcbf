/*
 * unlink/recreated_name_new_inode - after a file's name is unlinked, a new
 * file created under the same name is a different inode: the old
 * descriptor keeps the old contents (st_nlink 0, another st_ino), and
 * writes through either file do not show up in the other.
 *
 * Cites: unlink(2) DESCRIPTION; open(2) DESCRIPTION (O_CREAT creates a new
 * file when the name does not exist); POSIX unlink(3p).
 */
#include "unlink.h"

FT_CASE("a file re-created under an unlinked name is a new inode, not the open one",
	"unlink(2) DESCRIPTION; open(2) DESCRIPTION; POSIX unlink(3p)");

FT_POINT(old_fd_keeps_old_data)
{
	FT_FD int fd = unlink_mkfile("f", "old");
	FT_SYS(unlink("f"));
	FT_FD int n = FT_SYS(open("f", O_RDWR | O_CREAT | O_TRUNC, 0600));
	ft_write_all(n, "brand new", 9);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "old", 3);
}

FT_POINT(inodes_differ)
{
	FT_FD int fd = unlink_mkfile("f", "old");
	FT_SYS(unlink("f"));
	FT_FD int n = FT_SYS(open("f", O_RDWR | O_CREAT | O_EXCL, 0600));
	FT_NE(unlink_ino(n), unlink_ino(fd));
	FT_EQ(unlink_nlink(n), 1);
	FT_EQ(unlink_nlink(fd), 0);
}

FT_POINT(writes_do_not_cross)
{
	FT_FD int fd = unlink_mkfile("f", "");
	FT_SYS(unlink("f"));
	FT_FD int n = FT_SYS(open("f", O_RDWR | O_CREAT | O_EXCL, 0600));
	FT_EQ(write(fd, "to-old", 6), 6);
	FT_EQ(write(n, "to-new", 6), 6);
	char buf[16] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 6);
	FT_MEMEQ(buf, "to-old", 6);
	FT_EQ(ft_read_file("f", buf, sizeof buf), 6);
	FT_STREQ(buf, "to-new");
}
