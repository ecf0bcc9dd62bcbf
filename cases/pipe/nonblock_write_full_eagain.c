/*
 * pipe/nonblock_write_full_eagain - a write through a non-blocking write
 * end to a full pipe fails with EAGAIN and queues nothing; once the reader
 * has consumed PIPE_BUF bytes the next write of that size succeeds.
 */
#include "pipe.h"

FT_CASE("a non-blocking write to a full pipe fails with EAGAIN",
	"pipe(7) \"Pipe capacity\", \"PIPE_BUF\"; write(2) EAGAIN");

FT_POINT(full_pipe_eagain)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	long total = pp_fill(p[1]);
	FT_GT(total, 0);
	FT_ERRNO(write(p[1], "x", 1), EAGAIN);
	FT_EQ(pp_queued(p[0]), total); /* the failed writes queued nothing */
}

FT_POINT(room_after_read)
{
	static char buf[PIPE_BUF];
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, O_NONBLOCK);
	long total = pp_fill(p[1]);
	FT_EQ(read(p[0], buf, sizeof buf), sizeof buf);
	FT_EQ(write(p[1], buf, sizeof buf), sizeof buf);
	FT_EQ(pp_queued(p[0]), total);
	FT_ERRNO(write(p[1], buf, sizeof buf), EAGAIN);
}
