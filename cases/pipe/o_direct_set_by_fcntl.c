/*
 * pipe/o_direct_set_by_fcntl - since Linux 4.5 F_SETFL can switch O_DIRECT
 * (packet mode) on for a pipe descriptor: F_GETFL then reports it, and the
 * writes made through that write end are packets, each returned by its own
 * read.  Clearing it again makes later writes a byte stream.
 */
#include "pipe.h"

FT_CASE("F_SETFL O_DIRECT on a pipe's write end turns on packet mode",
	"pipe(2) O_DIRECT (fcntl since Linux 4.5); fcntl(2) \"File status flags\"");

FT_POINT(setfl_gives_packets)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	int fl = ft_getfl(p[1]);
	FT_NEED_FLAG(fcntl(p[1], F_SETFL, fl | O_DIRECT), "F_SETFL O_DIRECT on a pipe",
		     "Linux 4.5");
	FT_FLAG_SET(ft_getfl(p[1]), O_DIRECT);
	ft_write_all(p[1], "ab", 2);
	ft_write_all(p[1], "cde", 3);
	char buf[16];
	FT_EQ(read(p[0], buf, sizeof buf), 2);
	FT_EQ(read(p[0], buf, sizeof buf), 3);
}

FT_POINT(clearing_restores_stream)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_NEED_FLAG(pipe2(p, O_CLOEXEC | O_DIRECT), "pipe2 O_DIRECT", "Linux 3.4");
	int fl = ft_getfl(p[1]);
	FT_FLAG_SET(fl, O_DIRECT);
	FT_SYS(fcntl(p[1], F_SETFL, fl & ~O_DIRECT));
	FT_FLAG_CLEAR(ft_getfl(p[1]), O_DIRECT);
	ft_write_all(p[1], "ab", 2);
	ft_write_all(p[1], "cde", 3);
	char buf[16];
	FT_EQ(read(p[0], buf, sizeof buf), 5);
	FT_MEMEQ(buf, "abcde", 5);
}
