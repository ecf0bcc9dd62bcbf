/*
 * pipe/fionread_counts_queued - ioctl(FIONREAD) on either end of a pipe
 * stores the number of unread bytes: 0 for an empty pipe, growing with
 * each write and shrinking with each read.
 */
#include "pipe.h"

FT_CASE("FIONREAD on a pipe reports the number of unread bytes",
	"pipe(7) \"Pipe capacity\" (FIONREAD)");

FT_POINT(tracks_writes_and_reads)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_EQ(pp_queued(p[0]), 0);
	ft_write_all(p[1], "hello", 5);
	FT_EQ(pp_queued(p[0]), 5);
	ft_write_all(p[1], "!!", 2);
	FT_EQ(pp_queued(p[0]), 7);
	char buf[4];
	FT_EQ(read(p[0], buf, 3), 3);
	FT_EQ(pp_queued(p[0]), 4);
	FT_EQ(read(p[0], buf, 4), 4);
	FT_EQ(pp_queued(p[0]), 0);
}

FT_POINT(write_end_reports_too)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "abcdefgh", 8);
	FT_EQ(pp_queued(p[1]), 8);
}

FT_POINT(counts_across_buffers)
{
	static char buf[3 * PIPE_BUF + 17];
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], buf, sizeof buf);
	FT_EQ(pp_queued(p[0]), sizeof buf);
	FT_EQ(read(p[0], buf, PIPE_BUF + 1), PIPE_BUF + 1);
	FT_EQ(pp_queued(p[0]), sizeof buf - PIPE_BUF - 1);
}
