/*
 * splice/sendfile_offset_pointer - sendfile with a non-NULL offset pointer
 * reads from *offset, sets *offset just past the last byte read, and
 * leaves the input file's own offset untouched; with a NULL pointer it
 * reads from the file offset and advances it by the bytes sent.
 *
 * Cites: sendfile(2) DESCRIPTION.
 */
#include "splice.h"
#include <sys/sendfile.h>

FT_CASE("sendfile honors and updates *offset, else uses and advances the file offset",
	"sendfile(2) DESCRIPTION");

FT_POINT(pointer_leaves_file_offset)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_SYS(lseek(in, 1, SEEK_SET));
	off_t off = 4;
	FT_EQ(sendfile(p[1], in, &off, 3), 3);
	FT_EQ(off, 7);
	FT_EQ(ft_offset(in), 1);
	char buf[8];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 3);
	FT_STREQ(buf, "456");
}

FT_POINT(null_pointer_advances_offset)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_SYS(lseek(in, 2, SEEK_SET));
	FT_EQ(sendfile(p[1], in, NULL, 3), 3);
	FT_EQ(ft_offset(in), 5);
	FT_EQ(sendfile(p[1], in, NULL, 2), 2);
	FT_EQ(ft_offset(in), 7);
	char buf[8];
	FT_EQ(sl_drain(p[0], buf, sizeof buf), 5);
	FT_STREQ(buf, "23456");
}

FT_POINT(stops_at_eof)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	off_t off = 8;
	FT_EQ(sendfile(p[1], in, &off, 100), 2); /* fewer than asked */
	FT_EQ(off, 10);
	FT_EQ(sendfile(p[1], in, &off, 100), 0); /* at EOF */
	FT_EQ(off, 10);
}
