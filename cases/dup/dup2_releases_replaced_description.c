/*
 * dup/dup2_releases_replaced_description - the implicit close done by
 * dup2() on an open newfd is a real close: if newfd held the last
 * reference to a pipe's write end, the reader sees end-of-file; if another
 * descriptor still refers to it, the write end stays alive.
 *
 * Cites: dup(2) DESCRIPTION "dup2()" (newfd is closed before being
 * reused); close(2) DESCRIPTION (the last descriptor frees the open file
 * description); pipe(7) "I/O on pipes and FIFOs" (end-of-file).
 */
#include "fdtest.h"

FT_CASE("dup2 over the last write end of a pipe gives the reader EOF",
	"dup(2) DESCRIPTION \"dup2()\"; close(2) DESCRIPTION; pipe(7) \"I/O on pipes and FIFOs\"");

FT_POINT(last_write_end_eof)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(dup2(fd, p[1]), p[1]);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 0);
}

FT_POINT(other_reference_keeps_writer)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	int w = FT_SYS(dup(p[1]));
	FT_EQ(dup2(fd, p[1]), p[1]);
	FT_EQ(ft_poll_in(p[0], 0), 0); /* a writer remains: no EOF */
	FT_EQ(write(w, "x", 1), 1);
	char c;
	FT_EQ(read(p[0], &c, 1), 1);
	close(w);
	FT_EQ(ft_poll_in(p[0], 1000), 1);
	FT_EQ(read(p[0], &c, 1), 0);
}
