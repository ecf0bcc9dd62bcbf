/*
 * dup/close_one_keeps_other - closing one of two descriptors that share an
 * open file description does not close the description: the other keeps
 * working with the same offset, and a pipe's write end held by a dup'd
 * descriptor keeps the reader from seeing end-of-file until it is closed.
 *
 * Cites: close(2) DESCRIPTION (resources are freed with the last
 * descriptor); dup(2) DESCRIPTION; pipe(7) "I/O on pipes and FIFOs".
 */
#include "fdtest.h"

FT_CASE("closing one dup'd descriptor leaves the other fully usable",
	"close(2) DESCRIPTION; dup(2) DESCRIPTION; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(file_keeps_offset)
{
	int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int d = FT_SYS(dup(fd));
	char buf[2];
	FT_EQ(read(fd, buf, 2), 2);
	FT_EQ(close(fd), 0);
	FT_EQ(ft_offset(d), 2);
	FT_EQ(read(d, buf, 1), 1);
	FT_EQ(buf[0], 'c');
}

FT_POINT(pipe_writer_survives)
{
	int p[2];
	FT_SYS(pipe(p));
	int w = FT_SYS(dup(p[1]));
	FT_EQ(close(p[1]), 0);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* no EOF: w still writes */
	FT_EQ(write(w, "x", 1), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	FT_EQ(close(w), 0);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], &c, 1), 0);
	close(p[0]);
}
