/*
 * pipe/poll_err_after_last_reader - poll() on the write end of a pipe
 * reports POLLERR once every read end is closed (requested or not), and
 * before that reports plain POLLOUT while there is room.
 *
 * Cites: poll(2) DESCRIPTION (POLLERR is also set for the write end of a
 * pipe when the read end has been closed); pipe(7) "I/O on pipes and
 * FIFOs".
 */
#include "pipe.h"

FT_CASE("poll reports POLLERR on a pipe's write end after the last reader closes",
	"poll(2) POLLERR; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(pollout_while_reader_open)
{
	int p[2];
	pp_pipe(p, 0);
	FT_EQ(pp_revents(p[1], POLLOUT), POLLOUT);
	pp_close2(p);
}

FT_POINT(err_after_close)
{
	int p[2];
	pp_pipe(p, 0);
	close(p[0]);
	FT_TRUE(pp_revents(p[1], POLLOUT) & POLLERR);
	FT_TRUE(pp_revents(p[1], 0) & POLLERR); /* reported unrequested */
	close(p[1]);
}

FT_POINT(err_only_after_last_dup_closes)
{
	int p[2];
	pp_pipe(p, 0);
	int d = FT_SYS(dup(p[0]));
	close(p[0]);
	FT_FALSE(pp_revents(p[1], POLLOUT) & POLLERR);
	close(d);
	FT_TRUE(pp_revents(p[1], POLLOUT) & POLLERR);
	close(p[1]);
}
