/*
 * pipe/ends_have_separate_status_flags - the read end and the write end of
 * a pipe are two open file descriptions: setting O_NONBLOCK on one with
 * F_SETFL leaves the other's status flags, and its blocking behavior,
 * unchanged.
 */
#include "pipe.h"

FT_CASE("the two ends of a pipe have separate file status flags",
	"pipe(2) DESCRIPTION; fcntl(2) \"File status flags\"; open(2) \"Open file descriptions\"");

FT_POINT(nonblock_on_read_end_only)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_set_nonblock(p[0]);
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(p[1]), O_NONBLOCK);
}

FT_POINT(nonblock_on_write_end_only)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	pp_set_nonblock(p[1]);
	FT_FLAG_SET(ft_getfl(p[1]), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfl(p[0]), O_NONBLOCK);
	FT_GT(pp_fill(p[1]), 0); /* the write end now reports EAGAIN */
}

FT_POINT(cleared_on_one_stays_on_other)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK | O_CLOEXEC);
	int fl = ft_getfl(p[1]);
	FT_SYS(fcntl(p[1], F_SETFL, fl & ~O_NONBLOCK));
	FT_FLAG_SET(ft_getfl(p[0]), O_NONBLOCK);
	char c;
	FT_ERRNO(read(p[0], &c, 1), EAGAIN);
}
