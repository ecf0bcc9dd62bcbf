/*
 * pipe/byte_stream_no_boundaries - a pipe (not in packet mode) is a byte
 * stream: separate writes are not kept apart, so one read returns the
 * bytes of several writes together, and one write can be read in pieces.
 */
#include "pipe.h"

FT_CASE("a pipe is a byte stream without message boundaries",
	"pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(writes_merge_in_one_read)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "abc", 3);
	ft_write_all(p[1], "de", 2);
	ft_write_all(p[1], "f", 1);
	char buf[16];
	FT_EQ(read(p[0], buf, sizeof buf), 6);
	FT_MEMEQ(buf, "abcdef", 6);
}

FT_POINT(write_read_in_pieces)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "0123456789", 10);
	char buf[16];
	FT_EQ(read(p[0], buf, 3), 3);
	FT_MEMEQ(buf, "012", 3);
	FT_EQ(read(p[0], buf, 3), 3);
	FT_MEMEQ(buf, "345", 3);
	FT_EQ(read(p[0], buf, sizeof buf), 4);
	FT_MEMEQ(buf, "6789", 4);
}
