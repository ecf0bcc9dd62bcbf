/*
 * pipe/fifo_one_pipe_per_fifo - all the opens of one FIFO share a single
 * pipe: two separate read opens drain the same queue (each byte is read
 * once, by whichever reads it), and every descriptor reports the FIFO's
 * own inode.
 */
#include "pipe.h"

FT_CASE("all opens of a FIFO reach one pipe",
	"fifo(7) DESCRIPTION");

FT_POINT(readers_share_queue)
{
	pp_mkfifo("f");
	FT_FD int r1 = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int r2 = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	ft_write_all(w, "abcdef", 6);
	FT_EQ(pp_queued(r2), 6);
	char buf[8];
	FT_EQ(read(r1, buf, 2), 2);
	FT_MEMEQ(buf, "ab", 2);
	FT_EQ(pp_queued(r2), 4);
	FT_EQ(read(r2, buf, sizeof buf), 4);
	FT_MEMEQ(buf, "cdef", 4);
	FT_ERRNO(read(r1, buf, sizeof buf), EAGAIN);
}

FT_POINT(descriptors_show_fifo_inode)
{
	pp_mkfifo("f");
	struct stat path, a, b;
	FT_SYS(stat("f", &path));
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	FT_SYS(fstat(r, &a));
	FT_SYS(fstat(w, &b));
	FT_TRUE(S_ISFIFO(a.st_mode));
	FT_EQ(a.st_ino, path.st_ino);
	FT_EQ(b.st_ino, path.st_ino);
	FT_EQ(a.st_dev, path.st_dev);
}
