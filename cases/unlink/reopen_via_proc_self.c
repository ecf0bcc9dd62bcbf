/*
 * unlink/reopen_via_proc_self - opening /proc/self/fd/N of an unlinked file
 * reaches the file itself, not its former path: the new descriptor is on
 * the same inode (st_nlink 0), reads the data, sees later writes, and has
 * its own file offset, since open() makes a new open file description.
 *
 * Cites: proc(5) "/proc/pid/fd/" (the entries are links that can be
 * dereferenced); open(2) NOTES "Open file descriptions"; unlink(2)
 * DESCRIPTION.
 */
#include "unlink.h"

FT_CASE("an unlinked file can be reopened through /proc/self/fd/N",
	"proc(5) \"/proc/pid/fd/\"; open(2) NOTES \"Open file descriptions\"; unlink(2) DESCRIPTION");

static int reopen(int fd, int flags)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	return FT_SYS(open(path, flags));
}

FT_POINT(reopen_reads_same_inode)
{
	unlink_need_proc();
	FT_FD int fd = unlink_mkfile("f", "still here");
	FT_SYS(unlink("f"));
	FT_FD int r = reopen(fd, O_RDONLY);
	FT_EQ(unlink_ino(r), unlink_ino(fd));
	FT_EQ(unlink_nlink(r), 0);
	char buf[16] = "";
	FT_EQ(ft_read_all(r, buf, sizeof buf), 10);
	FT_MEMEQ(buf, "still here", 10);
}

FT_POINT(reopen_sees_later_writes)
{
	unlink_need_proc();
	FT_FD int fd = unlink_mkfile("f", "one");
	FT_SYS(unlink("f"));
	FT_FD int r = reopen(fd, O_RDWR);
	FT_EQ(pwrite(fd, "two", 3, 0), 3);
	char buf[8] = "";
	FT_EQ(pread(r, buf, sizeof buf, 0), 3);
	FT_MEMEQ(buf, "two", 3);
	FT_EQ(pwrite(r, "2", 1, 0), 1);
	FT_EQ(pread(fd, buf, 1, 0), 1);
	FT_EQ(buf[0], '2');
}

FT_POINT(reopen_has_own_offset)
{
	unlink_need_proc();
	FT_FD int fd = unlink_mkfile("f", "abcdef");
	FT_SYS(unlink("f"));
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_FD int r = reopen(fd, O_RDONLY);
	FT_EQ(ft_offset(r), 0);
	char c;
	FT_EQ(read(r, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 4);
}
