/*
 * pipe/unidirectional_ebadf - on Linux a pipe carries data one way only:
 * the read end is not open for writing and the write end is not open for
 * reading, so write() on the read end and read() on the write end fail
 * with EBADF (some other systems have bidirectional pipes).
 */
#include "pipe.h"

FT_CASE("on Linux a pipe is unidirectional: the wrong end gives EBADF",
	"pipe(7) \"Portability notes\"; pipe(2); read(2), write(2) EBADF");

FT_POINT(write_to_read_end_ebadf)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	FT_ERRNO(write(p[0], "x", 1), EBADF);
	FT_EQ(pp_queued(p[0]), 0);
}

FT_POINT(read_from_write_end_ebadf)
{
	FT_FDS int p[2] = FT_NO_FDS;
	pp_pipe(p, 0);
	ft_write_all(p[1], "y", 1);
	char c;
	FT_ERRNO(read(p[1], &c, 1), EBADF);
	FT_EQ(pp_queued(p[0]), 1); /* the byte is still queued */
}
