/*
 * pipe/nonblock_large_write_partial - a non-blocking write of more than
 * PIPE_BUF bytes to a pipe that has some room but not enough writes part
 * of the data and returns that count (at least 1, fewer than asked); to a
 * full pipe it fails with EAGAIN.
 */
#include "pipe.h"

FT_CASE("a non-blocking write over PIPE_BUF to a nearly full pipe is partial",
	"pipe(7) \"PIPE_BUF\"; write(2) RETURN VALUE");

#define BIG (3 * PIPE_BUF)

FT_POINT(partial_into_room)
{
	static char buf[BIG];
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	long total = pp_fill(p[1]);
	FT_EQ(read(p[0], buf, PIPE_BUF), PIPE_BUF); /* make some room */
	ssize_t r = write(p[1], buf, BIG);
	FT_GE(r, 1);
	FT_LT(r, BIG);
	FT_EQ(pp_queued(p[0]), total - PIPE_BUF + r);
}

FT_POINT(full_pipe_eagain)
{
	static char buf[BIG];
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	long total = pp_fill(p[1]);
	FT_ERRNO(write(p[1], buf, BIG), EAGAIN);
	FT_EQ(pp_queued(p[0]), total);
}
