/*
 * unlink/fstat_nlink_zero - fstat on a descriptor reports the file's current
 * link count: each unlink of one of its names lowers st_nlink by one, and
 * once the last name is gone the still-open file shows st_nlink 0 through
 * every descriptor, while st_ino and st_size stay those of the file.
 *
 * Cites: unlink(2) DESCRIPTION; inode(7) DESCRIPTION "Link count";
 * POSIX unlink(3p) (the link count is decremented).
 */
#include "unlink.h"

FT_CASE("fstat of an open file shows st_nlink 0 once its last name is removed",
	"unlink(2) DESCRIPTION; inode(7) \"Link count\"; POSIX unlink(3p)");

FT_POINT(zero_after_last_unlink)
{
	FT_FD int fd = unlink_mkfile("f", "data");
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	FT_EQ(a.st_nlink, 1);
	FT_SYS(unlink("f"));
	FT_SYS(fstat(fd, &b));
	FT_EQ(b.st_nlink, 0);
	FT_EQ(b.st_ino, a.st_ino);
	FT_EQ(b.st_size, 4);
}

FT_POINT(counts_down_per_name)
{
	FT_FD int fd = unlink_mkfile("f", "data");
	FT_SYS(link("f", "g"));
	FT_EQ(unlink_nlink(fd), 2);
	FT_SYS(unlink("f"));
	FT_EQ(unlink_nlink(fd), 1);
	struct stat st;
	FT_SYS(stat("g", &st));
	FT_EQ(st.st_ino, unlink_ino(fd));
	FT_SYS(unlink("g"));
	FT_EQ(unlink_nlink(fd), 0);
}

FT_POINT(every_fd_sees_zero)
{
	FT_FD int fd = unlink_mkfile("f", "data");
	FT_FD int o = FT_SYS(open("f", O_RDONLY));
	FT_FD int d = FT_SYS(dup(fd));
	FT_SYS(unlink("f"));
	FT_EQ(unlink_nlink(o), 0);
	FT_EQ(unlink_nlink(d), 0);
}
