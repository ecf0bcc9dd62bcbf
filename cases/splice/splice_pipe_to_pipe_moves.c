/*
 * splice/splice_pipe_to_pipe_moves - splicing from one pipe to another
 * (both may be pipes since Linux 2.6.31) moves the data: what was moved is
 * readable from the destination and gone from the source, and at most len
 * bytes move, so the rest stays in the source in order.
 *
 * Cites: splice(2) DESCRIPTION (splice moves data), NOTES (both may be pipes
 * since Linux 2.6.31; tee(2) copies instead).
 */
#include "splice.h"

FT_CASE("splice between pipes moves the data out of the source pipe",
	"splice(2) DESCRIPTION; NOTES");

FT_POINT(source_emptied)
{
	FT_FDS int a[2] = FT_NO_FDS;
	FT_FDS int b[2] = FT_NO_FDS;
	sl_pipe_with(a, "payload");
	FT_SYS(pipe(b));
	FT_EQ(splice(a[0], NULL, b[1], NULL, 100, 0), 7);
	FT_EQ(ft_poll_in(a[0], 0), 0); /* nothing left in the source */
	char buf[16];
	FT_EQ(sl_drain(b[0], buf, sizeof buf), 7);
	FT_STREQ(buf, "payload");
}

FT_POINT(len_limits_and_rest_stays)
{
	FT_FDS int a[2] = FT_NO_FDS;
	FT_FDS int b[2] = FT_NO_FDS;
	sl_pipe_with(a, "abcdef");
	FT_SYS(pipe(b));
	FT_EQ(splice(a[0], NULL, b[1], NULL, 2, 0), 2);
	char buf[16];
	FT_EQ(sl_drain(b[0], buf, sizeof buf), 2);
	FT_STREQ(buf, "ab");
	FT_EQ(sl_drain(a[0], buf, sizeof buf), 4);
	FT_STREQ(buf, "cdef");
}
