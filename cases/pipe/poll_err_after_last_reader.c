/*
 * pipe/poll_err_after_last_reader - poll() on the write end of a pipe
 * reports POLLERR once every read end is closed (requested or not), and
 * before that reports plain POLLOUT while there is room.
 */
#include "pipe.h"

FT_CASE("poll reports POLLERR on a pipe's write end after the last reader closes",
	"poll(2) POLLERR; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(pollout_while_reader_open)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_EQ(pp_revents(p[1], POLLOUT), POLLOUT);
}

FT_POINT(err_after_close)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_close(&p[0]);
	FT_TRUE(pp_revents(p[1], POLLOUT) & POLLERR);
	FT_TRUE(pp_revents(p[1], 0) & POLLERR); /* reported unrequested */
}

FT_POINT(err_only_after_last_dup_closes)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_FD int d = FT_SYS(dup(p[0]));
	ft_close(&p[0]);
	FT_FALSE(pp_revents(p[1], POLLOUT) & POLLERR);
	ft_close(&d);
	FT_TRUE(pp_revents(p[1], POLLOUT) & POLLERR);
}
