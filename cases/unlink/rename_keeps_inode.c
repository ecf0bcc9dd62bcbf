/*
 * unlink/rename_keeps_inode - a descriptor refers to an inode, not to a
 * name.  Renaming the file leaves the descriptor on the same inode (and
 * its /proc/self/fd link names the new path); renaming another file over
 * the name unlinks the old inode from it, and the descriptor keeps reading
 * the old contents with st_nlink 0 while the name now opens the new file.
 *
 * Cites: rename(2) DESCRIPTION (open descriptors are unaffected; an
 * existing newpath is replaced); unlink(2) DESCRIPTION; proc(5)
 * "/proc/pid/fd/"; POSIX rename(3p).
 */
#include "unlink.h"

FT_CASE("renaming a file or renaming another file over its name does not move its descriptors",
	"rename(2) DESCRIPTION; unlink(2) DESCRIPTION; proc(5) \"/proc/pid/fd/\"; POSIX rename(3p)");

FT_POINT(renamed_file_same_inode)
{
	FT_FD int fd = unlink_mkfile("f", "abc");
	FT_SYS(rename("f", "g"));
	struct stat st;
	FT_SYS(stat("g", &st));
	FT_EQ(st.st_ino, unlink_ino(fd));
	FT_EQ(unlink_nlink(fd), 1);
	FT_EQ(pwrite(fd, "X", 1, 0), 1);
	char buf[8] = "";
	FT_EQ(ft_read_file("g", buf, sizeof buf), 3);
	FT_STREQ(buf, "Xbc");
}

FT_POINT(proc_link_follows_rename)
{
	unlink_need_proc();
	FT_FD int fd = unlink_mkfile("f", "abc");
	FT_SYS(mkdir("sub", 0700));
	FT_SYS(rename("f", "sub/g"));
	char got[FT_PATH_MAX + 32];
	ft_readlink_fd(fd, got, sizeof got);
	FT_STRENDS(got, "/sub/g");
}

FT_POINT(replaced_name_keeps_old_inode)
{
	FT_FD int fd = unlink_mkfile("f", "old");
	int n = unlink_mkfile("new", "NEW!");
	close(n);
	FT_SYS(rename("new", "f"));
	struct stat st;
	FT_SYS(stat("f", &st));
	FT_NE(st.st_ino, unlink_ino(fd));
	FT_EQ(unlink_nlink(fd), 0);
	char buf[8] = "";
	FT_EQ(pread(fd, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "old", 3);
	FT_EQ(ft_read_file("f", buf, sizeof buf), 4);
	FT_STREQ(buf, "NEW!");
}
