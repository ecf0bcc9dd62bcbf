/*
 * splice/tee_copies_without_consuming - tee duplicates data from one pipe
 * into another without consuming it: the destination receives a copy
 * (at most len bytes) and the source still holds every byte for a later
 * read or splice.  Both ends must be pipes, and different ones (EINVAL).
 *
 * Cites: tee(2) DESCRIPTION, RETURN VALUE, ERRORS (EINVAL).
 */
#include "splice.h"

FT_CASE("tee copies pipe data to another pipe and leaves it in the source",
	"tee(2) DESCRIPTION; RETURN VALUE; ERRORS");

FT_POINT(source_keeps_data)
{
	FT_FDS int a[2] = FT_NO_FDS;
	FT_FDS int b[2] = FT_NO_FDS;
	sl_pipe_with(a, "teedata");
	FT_SYS(pipe(b));
	FT_EQ(tee(a[0], b[1], 100, 0), 7);
	char buf[16];
	FT_EQ(sl_drain(b[0], buf, sizeof buf), 7);
	FT_STREQ(buf, "teedata");
	FT_EQ(sl_drain(a[0], buf, sizeof buf), 7);
	FT_STREQ(buf, "teedata");
}

FT_POINT(len_limits_copy)
{
	FT_FDS int a[2] = FT_NO_FDS;
	FT_FDS int b[2] = FT_NO_FDS;
	sl_pipe_with(a, "abcdef");
	FT_SYS(pipe(b));
	FT_EQ(tee(a[0], b[1], 3, 0), 3);
	char buf[16];
	FT_EQ(sl_drain(b[0], buf, sizeof buf), 3);
	FT_STREQ(buf, "abc");
	FT_EQ(sl_drain(a[0], buf, sizeof buf), 6);
}

FT_POINT(non_pipe_or_same_pipe_einval)
{
	FT_FDS int a[2] = FT_NO_FDS;
	sl_pipe_with(a, "abc");
	FT_FD int f = ft_tmpfile(NULL, NULL);
	FT_ERRNO(tee(a[0], f, 3, 0), EINVAL);
	FT_ERRNO(tee(a[0], a[1], 3, 0), EINVAL);
	char buf[8];
	FT_EQ(sl_drain(a[0], buf, sizeof buf), 3);
}

FT_POINT(empty_without_writers_zero)
{
	FT_FDS int a[2] = FT_NO_FDS;
	int b[2];
	FT_SYS(pipe(a));
	FT_SYS(pipe(b));
	ft_close(&a[1]);
	FT_EQ(tee(a[0], b[1], 10, 0), 0);
	close(b[0]);
	close(b[1]);
}
