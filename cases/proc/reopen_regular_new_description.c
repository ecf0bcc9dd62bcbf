/*
 * proc/reopen_regular_new_description - opening /proc/self/fd/N of a
 * regular file opens the file again, unlike dup(): the new descriptor is on
 * the same inode but has its own open file description, so its offset
 * starts at 0 and its status flags are its own, and its access mode is the
 * one asked for (checked against the file's permissions, not against the
 * mode of descriptor N).
 *
 * Cites: proc(5) "/proc/pid/fd/" (opening an entry; the inode's own
 * permissions govern it); open(2) NOTES "Open file descriptions".
 */
#include "proc.h"

FT_CASE("opening /proc/self/fd/N of a file makes a new open file description",
	"proc(5) \"/proc/pid/fd/\"; open(2) NOTES \"Open file descriptions\"");
FT_NEEDS(FT_NEEDS_PROC);

static int reopen(int fd, int flags)
{
	char p[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	return FT_SYS(open(p, flags));
}

FT_POINT(own_offset)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_FD int r = reopen(fd, O_RDONLY);
	FT_EQ(ft_offset(r), 0);
	char c;
	FT_EQ(read(r, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 4);
	struct stat a, b;
	FT_SYS(fstat(r, &a));
	FT_SYS(fstat(fd, &b));
	FT_EQ(a.st_ino, b.st_ino);
}

FT_POINT(own_status_flags)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int r = reopen(fd, O_RDWR);
	FT_SYS(fcntl(fd, F_SETFL, O_APPEND));
	FT_FLAG_CLEAR(ft_getfl(r), O_APPEND);
}

FT_POINT(access_mode_as_requested)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int ro = reopen(fd, O_RDONLY);
	int rw = reopen(ro, O_RDWR); /* from a read-only descriptor */
	FT_EQ(ft_getfl(rw) & O_ACCMODE, O_RDWR);
	FT_EQ(pwrite(rw, "X", 1, 0), 1);
	char c;
	FT_EQ(pread(ro, &c, 1, 0), 1);
	FT_EQ(c, 'X');
	close(rw);
}
