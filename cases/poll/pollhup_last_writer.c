/*
 * poll/pollhup_last_writer - the read end of a pipe reports POLLHUP once
 * the last write end is closed (a dup of the write end keeps it from
 * happening), with POLLIN while data is still buffered, and POLLHUP stays
 * after the data is drained (reads then return EOF).  The write end
 * reports POLLERR once the read end is closed.
 */
#include "readiness.h"

FT_CASE("POLLHUP on a pipe's read end after the last writer closes",
	"poll(2) DESCRIPTION POLLHUP, POLLERR; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(hup_after_last_writer)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int w2 = FT_SYS(dup(p[1]));
	ft_close(&p[1]);
	FT_EQ(pl_revents(p[0], POLLIN, 0), 0); /* w2 still writes */
	FT_EQ(write(w2, "x", 1), 1);
	ft_close(&w2);
	FT_EQ(pl_revents(p[0], POLLIN, 1000), POLLIN | POLLHUP);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_NE(pl_revents(p[0], POLLIN, 1000) & POLLHUP, 0);
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(err_on_write_end_after_reader)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_close(&p[0]);
	FT_NE(pl_revents(p[1], POLLOUT, 1000) & POLLERR, 0);
	FT_NE(pl_revents(p[1], 0, 1000) & POLLERR, 0);
}
