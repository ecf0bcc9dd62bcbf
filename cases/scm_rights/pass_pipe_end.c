/*
 * scm_rights/pass_pipe_end - either end of a pipe can be passed and works
 * in the receiver as the same pipe: what is written through a received
 * write end is read from the original read end, what is written to the
 * original write end is read through a received read end, and the pipe
 * sees EOF only when the received write end is closed too.
 */
#include "scm_rights.h"

FT_CASE("passed pipe ends work in the receiver as the same pipe",
	"unix(7) \"Ancillary messages\" SCM_RIGHTS; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(received_read_end_reads_the_pipe)
{
	FT_FDS int sv[2] = FT_NO_FDS, p[2] = FT_NO_FDS;
	ft_socketpair(AF_UNIX, SOCK_STREAM, sv);
	ft_pipe(p, 0);
	SCM_SEND1(sv[0], p[0]);
	ft_close(&p[0]);
	FT_FD int r = scm_recv1(sv[1]);
	FT_EQ(write(p[1], "hello", 5), 5);
	char buf[8];
	FT_EQ(read(r, buf, sizeof buf), 5);
	FT_MEMEQ(buf, "hello", 5);
	ft_close(&p[1]);
	FT_EQ(read(r, buf, sizeof buf), 0);
}

FT_POINT(received_write_end_counts_as_writer)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_FD int w = scm_pass(p[1], 0);
	ft_close(&p[1]);
	FT_EQ(write(w, "hi", 2), 2);
	char buf[4];
	FT_EQ(read(p[0], buf, sizeof buf), 2);
	FT_MEMEQ(buf, "hi", 2);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* w is still a writer */
	ft_close(&w);
	FT_EQ(read(p[0], buf, sizeof buf), 0);
}
