/*
 * pipe/poll_hup_after_last_writer - poll() on the read end reports POLLHUP
 * once every write end is closed, and not before; while data is still
 * queued it reports POLLIN with the POLLHUP, and the reader gets the data
 * before end of file.
 */
#include "pipe.h"

FT_CASE("poll reports POLLHUP on a pipe's read end after the last writer closes",
	"poll(2) POLLHUP; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(no_hup_while_writer_open)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_EQ(pp_revents(p[0], POLLIN), 0);
	ft_write_all(p[1], "a", 1);
	FT_EQ(pp_revents(p[0], POLLIN), POLLIN);
}

FT_POINT(hup_after_close)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_close(&p[1]);
	FT_TRUE(pp_revents(p[0], POLLIN) & POLLHUP);
	FT_TRUE(pp_revents(p[0], 0) & POLLHUP); /* reported unrequested */
}

FT_POINT(hup_with_pending_data)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "xy", 2);
	ft_close(&p[1]);
	int ev = pp_revents(p[0], POLLIN);
	FT_TRUE(ev & POLLHUP);
	FT_TRUE(ev & POLLIN);
	char buf[4];
	FT_EQ(read(p[0], buf, sizeof buf), 2);
	FT_EQ(read(p[0], buf, sizeof buf), 0);
}

FT_POINT(hup_only_after_last_dup_closes)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int d = FT_SYS(dup(p[1]));
	ft_close(&p[1]);
	FT_FALSE(pp_revents(p[0], POLLIN) & POLLHUP);
	ft_close(&d);
	FT_TRUE(pp_revents(p[0], POLLIN) & POLLHUP);
}
