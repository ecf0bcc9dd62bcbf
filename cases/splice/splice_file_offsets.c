/*
 * splice/splice_file_offsets - for the non-pipe side of splice, a NULL
 * offset pointer means the file offset is used and advanced, while a
 * non-NULL one gives the position, is advanced by the bytes moved, and
 * leaves the file offset alone; this holds for input (file to pipe) and
 * output (pipe to file) alike.
 *
 * Cites: splice(2) DESCRIPTION (off_in and off_out semantics).
 */
#include "splice.h"

FT_CASE("splice uses and advances the file offset, or *off_in/*off_out when given",
	"splice(2) DESCRIPTION");

FT_POINT(file_to_pipe_with_pointer)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	loff_t off = 6;
	FT_EQ(splice(in, &off, p[1], NULL, 3, 0), 3);
	FT_EQ(off, 9);
	FT_EQ(ft_offset(in), 0);
	char buf[8];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 3);
	FT_STREQ(buf, "678");
}

FT_POINT(file_to_pipe_without_pointer)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_SYS(lseek(in, 2, SEEK_SET));
	FT_EQ(splice(in, NULL, p[1], NULL, 4, 0), 4);
	FT_EQ(ft_offset(in), 6);
	char buf[8];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 4);
	FT_STREQ(buf, "2345");
}

FT_POINT(pipe_to_file_with_pointer)
{
	FT_FD int out = ft_tmpfile("..........", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "abc");
	loff_t off = 5;
	FT_EQ(splice(p[0], NULL, out, &off, 3, 0), 3);
	FT_EQ(off, 8);
	FT_EQ(ft_offset(out), 0);
	char buf[11] = "";
	FT_EQ(pread(out, buf, 10, 0), 10);
	FT_STREQ(buf, ".....abc..");
}

FT_POINT(pipe_to_file_without_pointer)
{
	FT_FD int out = ft_tmpfile("..........", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "xy");
	FT_SYS(lseek(out, 1, SEEK_SET));
	FT_EQ(splice(p[0], NULL, out, NULL, 2, 0), 2);
	FT_EQ(ft_offset(out), 3);
	char buf[11] = "";
	FT_EQ(pread(out, buf, 10, 0), 10);
	FT_STREQ(buf, ".xy.......");
}
