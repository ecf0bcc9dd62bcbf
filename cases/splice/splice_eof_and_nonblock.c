/*
 * splice/splice_eof_and_nonblock - splicing from an empty pipe returns 0
 * (end of input) once no writer is left, while with a writer still open
 * SPLICE_F_NONBLOCK (or O_NONBLOCK on the pipe) makes it fail with EAGAIN
 * instead of waiting.
 *
 * Cites: splice(2) RETURN VALUE (0 means end of input), DESCRIPTION
 * (SPLICE_F_NONBLOCK), ERRORS (EAGAIN).
 */
#include "splice.h"

FT_CASE("splice from an empty pipe: 0 without writers, EAGAIN when nonblocking",
	"splice(2) RETURN VALUE; DESCRIPTION (SPLICE_F_NONBLOCK); ERRORS");

FT_POINT(no_writers_returns_zero)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int q[2];
	FT_SYS(pipe(p));
	FT_SYS(pipe(q));
	ft_close(&p[1]);
	FT_EQ(splice(p[0], NULL, q[1], NULL, 10, 0), 0);
	close(q[0]);
	close(q[1]);
}

FT_POINT(nonblock_flag_eagain)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int q[2];
	FT_SYS(pipe(p));
	FT_SYS(pipe(q));
	FT_ERRNO(splice(p[0], NULL, q[1], NULL, 10, SPLICE_F_NONBLOCK), EAGAIN);
	close(q[0]);
	close(q[1]);
}

FT_POINT(nonblock_pipe_eagain)
{
	FT_FDS int p[2] = FT_NO_FDS;
	int q[2];
	FT_SYS(pipe2(p, O_NONBLOCK));
	FT_SYS(pipe(q));
	FT_ERRNO(splice(p[0], NULL, q[1], NULL, 10, 0), EAGAIN);
	close(q[0]);
	close(q[1]);
}
