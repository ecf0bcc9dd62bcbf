/*
 * unlink/tmpfile_linkat_proc - an O_TMPFILE file opened without O_EXCL can
 * be given a name with linkat(AT_FDCWD, "/proc/self/fd/N", ..., name,
 * AT_SYMLINK_FOLLOW): the name then refers to the same inode, st_nlink
 * becomes 1, and the contents outlive the descriptor.
 *
 * Cites: open(2) DESCRIPTION "O_TMPFILE" (Linux 3.11); linkat(2)
 * "AT_SYMLINK_FOLLOW"; proc(5) "/proc/pid/fd/".
 */
#include "unlink.h"

FT_CASE("an O_TMPFILE file can be linked into the filesystem through /proc/self/fd",
	"open(2) O_TMPFILE (Linux 3.11); linkat(2) AT_SYMLINK_FOLLOW; proc(5) \"/proc/pid/fd/\"");

static void link_it(int fd, const char *name)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	FT_SYS(linkat(AT_FDCWD, path, AT_FDCWD, name, AT_SYMLINK_FOLLOW));
}

FT_POINT(name_is_same_inode)
{
	unlink_need_proc();
	FT_FD int fd = unlink_tmpfile(0);
	link_it(fd, "named");
	struct stat st;
	FT_SYS(stat("named", &st));
	FT_EQ(st.st_ino, unlink_ino(fd));
	FT_EQ(unlink_nlink(fd), 1);
}

FT_POINT(data_outlives_fd)
{
	unlink_need_proc();
	int fd = unlink_tmpfile(0);
	ft_write_all(fd, "made permanent", 14);
	link_it(fd, "named");
	FT_SYS(close(fd));
	char buf[32];
	FT_EQ(ft_read_file("named", buf, sizeof buf), 14);
	FT_STREQ(buf, "made permanent");
}
