/*
 * pipe/o_direct_packet_mode - a pipe made by pipe2(O_DIRECT) is in packet
 * mode: each write is one packet and each read returns at most one packet;
 * a read with a buffer smaller than the packet returns the buffer's worth
 * and discards the rest of that packet; writes larger than PIPE_BUF are
 * split into packets of PIPE_BUF bytes.  Added in Linux 3.4.
 */
#include "pipe.h"

FT_CASE("a pipe2(O_DIRECT) pipe returns one write per read",
	"pipe(2) O_DIRECT (since Linux 3.4)");

static void packet_pipe(int p[2])
{
	FT_NEED_FLAG(pipe2(p, O_CLOEXEC | O_DIRECT), "pipe2 O_DIRECT", "Linux 3.4");
}

FT_POINT(one_packet_per_read)
{
	FT_FDS int p[2] = FT_NO_FDS;
	packet_pipe(p);
	ft_write_all(p[1], "abc", 3);
	ft_write_all(p[1], "defgh", 5);
	char buf[64];
	FT_EQ(read(p[0], buf, sizeof buf), 3);
	FT_MEMEQ(buf, "abc", 3);
	FT_EQ(read(p[0], buf, sizeof buf), 5);
	FT_MEMEQ(buf, "defgh", 5);
}

FT_POINT(short_read_discards_rest)
{
	FT_FDS int p[2] = FT_NO_FDS;
	packet_pipe(p);
	ft_write_all(p[1], "0123456789", 10);
	ft_write_all(p[1], "xy", 2);
	char buf[64];
	FT_EQ(read(p[0], buf, 4), 4);
	FT_MEMEQ(buf, "0123", 4);
	FT_EQ(read(p[0], buf, sizeof buf), 2); /* "456789" is gone */
	FT_MEMEQ(buf, "xy", 2);
}

FT_POINT(large_write_split_at_pipe_buf)
{
	static char big[PIPE_BUF + 100], buf[2 * PIPE_BUF];
	FT_FDS int p[2] = FT_NO_FDS;
	packet_pipe(p);
	FT_EQ(write(p[1], big, sizeof big), sizeof big);
	FT_EQ(read(p[0], buf, sizeof buf), PIPE_BUF);
	FT_EQ(read(p[0], buf, sizeof buf), 100);
}
