/*
 * pipe/pipe2_nonblock_both_ends - pipe2(O_NONBLOCK) puts O_NONBLOCK on the
 * open file descriptions of both ends: F_GETFL shows it on each, a read of
 * the empty pipe fails with EAGAIN and a write to the full pipe fails with
 * EAGAIN.  pipe() and pipe2(0) set it on neither end.
 */
#include "pipe.h"

FT_CASE("pipe2(O_NONBLOCK) makes both ends non-blocking",
	"pipe(2) O_NONBLOCK; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(getfl_shows_both)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK | O_CLOEXEC);
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
	FT_FLAG_SET(ft_getfl(p[1]), O_NONBLOCK);
}

FT_POINT(both_ends_behave_nonblocking)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK | O_CLOEXEC);
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
	FT_FLAG_SET(ft_getfl(p[1]), O_NONBLOCK); /* else the fill would block */
	FT_GT(pp_fill(p[1]), 0); /* ends with EAGAIN instead of blocking */
	FT_ERRNO(write(p[1], "x", 1), EAGAIN);
}

FT_POINT(without_flag_neither)
{
	FT_FDS int p[2] = FT_NO_FDS, q[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	ft_pipe(q, 0);
	FT_FLAG_CLEAR(ft_getfl(p[0]), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(p[1]), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(q[0]), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(q[1]), O_NONBLOCK);
}
