/*
 * pipe/nonblock_small_write_all_or_nothing - a non-blocking write of at
 * most PIPE_BUF bytes is all or nothing: when the pipe has room for fewer
 * bytes than asked it fails with EAGAIN and writes none of them, and when
 * the data fits it is written whole.  The pipe is shrunk to one page and
 * filled to 100 bytes short of it, so that "some room, not enough" is easy
 * to arrange.
 */
#include "pipe.h"

FT_CASE("a non-blocking write of PIPE_BUF bytes or fewer is all or nothing",
	"pipe(7) \"PIPE_BUF\"; fcntl(2) \"Changing the capacity of a pipe\"; POSIX write(3p)");

/* A one-page pipe with room for exactly 100 more bytes; returns the
   bytes queued. */
static long one_page_pipe(int p[2])
{
	static char fill[65536];
	pp_pipe(p, O_NONBLOCK);
	long page = sysconf(_SC_PAGESIZE);
	FT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)page), page);
	FT_LE(page, (long)sizeof fill);
	ft_write_all(p[1], fill, (size_t)page - 100);
	return page - 100;
}

FT_POINT(no_room_eagain_nothing_written)
{
	static char buf[PIPE_BUF];
	FT_FDS int p[2] = FT_NO_FDS;
	long q = one_page_pipe(p);
	FT_ERRNO(write(p[1], buf, PIPE_BUF), EAGAIN);
	FT_EQ(pp_queued(p[0]), q);
}

FT_POINT(fitting_write_whole)
{
	static char buf[100];
	FT_FDS int p[2] = FT_NO_FDS;
	long q = one_page_pipe(p);
	FT_EQ(write(p[1], buf, sizeof buf), sizeof buf);
	FT_EQ(pp_queued(p[0]), q + (long)sizeof buf);
}
