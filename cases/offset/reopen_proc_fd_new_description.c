/*
 * offset/reopen_proc_fd_new_description - opening /proc/self/fd/N (or
 * /dev/fd/N) is an open() of the file N refers to, so it makes a *new*
 * open file description with its own offset and status flags - unlike
 * dup(N), which shares them.
 *
 * Cites: proc(5) /proc/pid/fd/ (entries are symbolic links to the open
 * files; /dev/fd/N); open(2) NOTES "Open file descriptions" (each open()
 * creates a new open file description); dup(2) DESCRIPTION.
 */
#include "fdtest.h"

FT_CASE("reopening /proc/self/fd/N gives an independent offset, unlike dup",
	"proc(5) /proc/pid/fd/; open(2) NOTES \"Open file descriptions\"; dup(2) DESCRIPTION");

static int reopen(const char *dir, int fd, int flags)
{
	char path[64];
	snprintf(path, sizeof path, "%s/%d", dir, fd);
	if (access(dir, F_OK) == -1)
		FT_SKIP("%s is not available (procfs not mounted?)", dir);
	return FT_SYS(open(path, flags));
}

static void check_independent(const char *dir)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 3, SEEK_SET), 3);
	FT_FD int r = reopen(dir, fd, O_RDWR);
	FT_EQ(ft_offset(r), 0); /* a new description starts at 0 */
	char c;
	FT_EQ(read(r, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 3);
	FT_SYS(fcntl(r, F_SETFL, ft_getfl(r) | O_APPEND));
	FT_FLAG_CLEAR(ft_getfl(fd), O_APPEND);
}

FT_POINT(proc_self_fd)
{
	check_independent("/proc/self/fd");
}

FT_POINT(dev_fd)
{
	check_independent("/dev/fd");
}

FT_POINT(contrast_with_dup)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int d = FT_SYS(dup(fd));
	FT_FD int r = reopen("/proc/self/fd", fd, O_RDONLY);
	FT_EQ(lseek(fd, 4, SEEK_SET), 4);
	FT_EQ(ft_offset(d), 4);
	FT_EQ(ft_offset(r), 0);
}
