/*
 * poll/pipe_readiness - poll() reports a pipe's readiness as it is: the
 * write end of an empty pipe has POLLOUT; the read end of an empty pipe
 * is not ready; once data is written the read end has POLLIN; and when
 * the pipe is full the write end no longer has POLLOUT.  Variants: the
 * same states asked through every readiness call (poll, ppoll, select,
 * pselect, epoll_wait, epoll_pwait; zero timeout), on blocking and
 * non-blocking pipes, and at end of file.
 *
 * Cites: poll(2) DESCRIPTION POLLIN, POLLOUT; pipe(7) "Pipe capacity",
 * "I/O on pipes and FIFOs"; select(2) DESCRIPTION (ready for reading or
 * writing means the operation will not block); epoll_wait(2) DESCRIPTION.
 */
#include "readiness.h"

FT_CASE("poll reports POLLOUT on an empty pipe and POLLIN once data is in it",
	"poll(2) DESCRIPTION POLLIN, POLLOUT; pipe(7) \"Pipe capacity\"; select(2); epoll_wait(2)");

FT_POINT(write_end_pollout_when_empty)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(pl_revents(p[1], POLLOUT, 1000), POLLOUT);
}

FT_POINT(read_end_pollin_only_with_data)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_EQ(pl_revents(p[0], POLLIN, 0), 0);
	FT_EQ(write(p[1], "x", 1), 1);
	FT_EQ(pl_revents(p[0], POLLIN, 1000), POLLIN);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(pl_revents(p[0], POLLIN, 0), 0);
}

FT_POINT(full_pipe_not_writable)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, O_NONBLOCK);
	static char buf[65536];
	while (write(p[1], buf, sizeof buf) > 0)
		;
	int err = errno;
	FT_EQ(err, EAGAIN);
	while (write(p[1], buf, 1) > 0) /* down to the last byte */
		;
	FT_EQ(pl_revents(p[1], POLLOUT, 0), 0);
	/* reading a page's worth makes room again */
	FT_EQ(read(p[0], buf, sizeof buf) > 4096, 1);
	FT_EQ(pl_revents(p[1], POLLOUT, 1000), POLLOUT);
}

/* A pipe in a known state: data in it, full (the write end made
   non-blocking to fill it), or its write end closed. */
enum { EMPTY, DATA, FULL, EOF_ };
static void pipe_in_state(int p[2], int flags, int state)
{
	ft_pipe(p, flags);
	if (state == DATA)
		FT_EQ(write(p[1], "x", 1), 1);
	if (state == EOF_)
		ft_close(&p[1]);
	if (state == FULL) {
		static char buf[4096];
		FT_SYS(fcntl(p[1], F_SETFL, ft_getfl(p[1]) | O_NONBLOCK));
		while (write(p[1], buf, sizeof buf) > 0)
			;
		FT_EQ(errno, EAGAIN);
		while (write(p[1], buf, 1) > 0) /* down to the last byte */
			;
	}
}

/* One table a state, its rows the readiness calls: asked for reading on
   the read end (end 0) or for writing on the write end (end 1), the
   call must answer ready (1) or not (0). */
#define STATE_TABLE(pname, flags, state, end, ready)                         \
	FT_TABLE(pname, pl_methods)                                          \
	{                                                                    \
		FT_FDS int p[2] = FT_NO_FDS;                                 \
		pipe_in_state(p, (flags), (state));                          \
		FT_EQ(pl_ready(row->via, p[end], end ? POLLOUT : POLLIN),    \
		      ready);                                                \
	}

STATE_TABLE(empty_not_readable_via, 0, EMPTY, 0, 0)
STATE_TABLE(data_readable_via, 0, DATA, 0, 1)
STATE_TABLE(empty_writable_via, 0, EMPTY, 1, 1)
STATE_TABLE(full_not_writable_via, 0, FULL, 1, 0)
STATE_TABLE(eof_readable_via, 0, EOF_, 0, 1)
STATE_TABLE(nonblock_empty_not_readable_via, O_NONBLOCK, EMPTY, 0, 0)
STATE_TABLE(nonblock_data_readable_via, O_NONBLOCK, DATA, 0, 1)
