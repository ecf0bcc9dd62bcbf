/*
 * pipe/dup_writer_keeps_pipe_open - a descriptor made by dup() of the write
 * end is a writer in its own right: closing the original leaves the pipe
 * open (no end of file, writes through the copy still arrive) until the
 * copy is closed too.
 */
#include "pipe.h"

FT_CASE("a dup of the write end keeps the pipe open after the original closes",
	"pipe(7) \"I/O on pipes and FIFOs\"; dup(2) DESCRIPTION");

FT_POINT(no_eof_while_dup_open)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int d = FT_SYS(dup(p[1]));
	ft_close(&p[1]);
	FT_EQ(ft_poll_in(p[0], 0), 0);
	ft_close(&d);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(dup_still_writes)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int d = FT_SYS(fcntl(p[1], F_DUPFD_CLOEXEC, 0));
	ft_close(&p[1]);
	FT_EQ(write(d, "hi", 2), 2);
	char buf[4];
	FT_EQ(read(p[0], buf, sizeof buf), 2);
	FT_MEMEQ(buf, "hi", 2);
	ft_close(&d);
	FT_EQ(read(p[0], buf, sizeof buf), 0);
}

FT_POINT(dup_read_end_keeps_writer_from_epipe)
{
	/* The same holds for readers: a dup of the read end keeps writes
	   succeeding after the original read end is closed. */
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int d = FT_SYS(dup(p[0]));
	ft_close(&p[0]);
	FT_EQ(write(p[1], "z", 1), 1);
	char c;
	FT_EQ(read(d, &c, 1), 1);
	FT_EQ(c, 'z');
}
