/*
 * splice/splice_offset_on_pipe_espipe - a pipe has no file offset, so
 * splice with a non-NULL off_in for a pipe input, or off_out for a pipe
 * output, fails with ESPIPE and moves nothing.
 *
 * Cites: splice(2) DESCRIPTION (off_in must be NULL when fd_in is a pipe,
 * likewise for off_out), ERRORS (ESPIPE).
 */
#include "splice.h"

FT_CASE("splice with an offset for a pipe end fails with ESPIPE",
	"splice(2) DESCRIPTION; ERRORS (ESPIPE)");

FT_POINT(off_in_on_pipe)
{
	FT_FD int out = ft_tmpfile(NULL, NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "abc");
	loff_t off = 0;
	FT_ERRNO(splice(p[0], &off, out, NULL, 3, 0), ESPIPE);
	char buf[8];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 3); /* still all there */
}

FT_POINT(off_out_on_pipe)
{
	FT_FD int in = ft_tmpfile("abc", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	loff_t off = 0;
	FT_ERRNO(splice(in, NULL, p[1], &off, 3, 0), ESPIPE);
	FT_EQ(ft_offset(in), 0);
	FT_EQ(ft_poll_in(p[0], 0), 0);
}
