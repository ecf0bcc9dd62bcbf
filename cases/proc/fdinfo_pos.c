/*
 * proc/fdinfo_pos - the "pos:" field of /proc/self/fdinfo/N is the file
 * offset of the descriptor's open file description, in decimal: it moves
 * with read, write and lseek, and a dup of the descriptor shows the same
 * value while a separate open has its own.
 *
 * Cites: proc(5) "/proc/pid/fdinfo/" (pos: the file offset, decimal);
 * open(2) NOTES "Open file descriptions".
 */
#include "proc.h"

FT_CASE("fdinfo \"pos:\" is the descriptor's current file offset",
	"proc(5) \"/proc/pid/fdinfo/\"; open(2) NOTES \"Open file descriptions\"");
FT_NEEDS(FT_NEEDS_PROC);

static long long pos(int fd)
{
	char info[4096];
	proc_fdinfo(fd, info, sizeof info);
	return proc_field(info, "pos", 10);
}

FT_POINT(follows_lseek)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	FT_EQ(pos(fd), 0);
	FT_EQ(lseek(fd, 7, SEEK_SET), 7);
	FT_EQ(pos(fd), 7);
	FT_EQ(lseek(fd, 123456, SEEK_SET), 123456);
	FT_EQ(pos(fd), 123456);
	FT_EQ(lseek(fd, -4, SEEK_END), 6);
	FT_EQ(pos(fd), 6);
}

FT_POINT(follows_read_write)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	char buf[4];
	FT_EQ(read(fd, buf, 3), 3);
	FT_EQ(pos(fd), 3);
	FT_EQ(write(fd, "xy", 2), 2);
	FT_EQ(pos(fd), 5);
}

FT_POINT(shared_by_dup_not_reopen)
{
	char path[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("0123456789", path);
	FT_FD int d = FT_SYS(dup(fd));
	FT_FD int o = FT_SYS(open(path, O_RDONLY));
	FT_EQ(lseek(fd, 9, SEEK_SET), 9);
	FT_EQ(pos(d), 9);
	FT_EQ(pos(o), 0);
}
