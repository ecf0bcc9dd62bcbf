/*
 * dup/close_one_keeps_other - closing one of two descriptors that share an
 * open file description does not close the description: the other keeps
 * working with the same offset (whichever call of the dup family made the
 * copy), and a pipe's write end held by a dup'd
 * descriptor keeps the reader from seeing end-of-file until it is closed.
 *
 * Cites: close(2) DESCRIPTION (resources are freed with the last
 * descriptor); dup(2) DESCRIPTION; pipe(7) "I/O on pipes and FIFOs".
 */
#include "fdtest.h"

FT_CASE("closing one dup'd descriptor leaves the other fully usable",
	"close(2) DESCRIPTION; dup(2) DESCRIPTION; pipe(7) \"I/O on pipes and FIFOs\"");

static void keeps_offset(int (*dup_call)(int))
{
	int orig = ft_tmpfile("abcdef", NULL);
	FT_FD int copy = FT_SYS(dup_call(orig));
	char buf[2];
	FT_EQ(read(orig, buf, 2), 2);
	FT_EQ(close(orig), 0);
	FT_EQ(ft_offset(copy), 2);
	FT_EQ(read(copy, buf, 1), 1);
	FT_EQ(buf[0], 'c');
}

FT_POINT(file_keeps_offset)
{
	keeps_offset(dup);
}

FT_TABLE(file_keeps_offset_via, ft_dup_kinds)
{
	keeps_offset(row->dup);
}

FT_POINT(pipe_writer_survives)
{
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	int w = FT_SYS(dup(p[1]));
	FT_EQ(close(p[1]), 0);
	p[1] = -1;
	FT_EQ(ft_poll_in(p[0], 0), 0); /* no EOF: w still writes */
	FT_EQ(write(w, "x", 1), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(close(w), 0);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], &c, 1), 0);
}
