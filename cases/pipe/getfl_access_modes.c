/*
 * pipe/getfl_access_modes - F_GETFL reports the access mode of each pipe
 * end: O_RDONLY for the read end and O_WRONLY for the write end; a FIFO's
 * descriptors report the mode they were opened with, O_RDWR included.
 */
#include "pipe.h"

FT_CASE("F_GETFL reports O_RDONLY for a pipe's read end and O_WRONLY for its write end",
	"pipe(2) DESCRIPTION; fcntl(2) \"File status flags\"; fifo(7)");

FT_POINT(pipe_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_EQ(ft_getfl(p[0]) & O_ACCMODE, O_RDONLY);
	FT_EQ(ft_getfl(p[1]) & O_ACCMODE, O_WRONLY);
}

FT_POINT(plain_pipe_call)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(ft_getfl(p[0]) & O_ACCMODE, O_RDONLY);
	FT_EQ(ft_getfl(p[1]) & O_ACCMODE, O_WRONLY);
}

FT_POINT(fifo_opens)
{
	pp_mkfifo("f");
	FT_FD int r = FT_SYS(open("f", O_RDONLY | O_NONBLOCK | O_CLOEXEC));
	FT_FD int w = FT_SYS(open("f", O_WRONLY | O_CLOEXEC));
	FT_FD int rw = FT_SYS(open("f", O_RDWR | O_CLOEXEC));
	FT_EQ(ft_getfl(r) & O_ACCMODE, O_RDONLY);
	FT_EQ(ft_getfl(w) & O_ACCMODE, O_WRONLY);
	FT_EQ(ft_getfl(rw) & O_ACCMODE, O_RDWR);
}
