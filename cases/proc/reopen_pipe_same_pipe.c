/*
 * proc/reopen_pipe_same_pipe - opening /proc/self/fd/N of a pipe end gives
 * a new descriptor on the same pipe, in the access mode asked for: the
 * read end reopened for writing is a second write end whose data reaches
 * the original read end, and the write end reopened for reading is a
 * second read end; fstat shows the pipe's inode for all of them.
 *
 * Cites: proc(5) "/proc/pid/fd/" (the entries can be opened, e.g.
 * /proc/self/fd/0 as an input file); pipe(7); fifo(7) (a pipe opened by
 * name).
 */
#include "proc.h"

FT_CASE("opening /proc/self/fd/N of a pipe end reaches the same pipe",
	"proc(5) \"/proc/pid/fd/\"; pipe(7); fifo(7)");
FT_NEEDS(FT_NEEDS_PROC);

static int reopen(int fd, int flags)
{
	char p[64];
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	return FT_SYS(open(p, flags));
}

FT_POINT(read_end_reopened_for_write)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int w2 = reopen(p[0], O_WRONLY | O_NONBLOCK);
	struct stat a, b;
	FT_SYS(fstat(w2, &a));
	FT_SYS(fstat(p[0], &b));
	FT_TRUE(S_ISFIFO(a.st_mode));
	FT_EQ(a.st_ino, b.st_ino);
	FT_EQ(write(w2, "via proc", 8), 8);
	char buf[16];
	FT_EQ(read(p[0], buf, sizeof buf), 8);
	FT_MEMEQ(buf, "via proc", 8);
}

FT_POINT(write_end_reopened_for_read)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int r2 = reopen(p[1], O_RDONLY | O_NONBLOCK);
	FT_EQ(write(p[1], "xyz", 3), 3);
	char buf[8];
	FT_EQ(read(r2, buf, sizeof buf), 3);
	FT_MEMEQ(buf, "xyz", 3);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* one pipe: the data was consumed */
}
