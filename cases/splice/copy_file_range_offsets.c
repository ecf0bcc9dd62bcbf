/*
 * splice/copy_file_range_offsets - copy_file_range (Linux 4.5) copies
 * between files by offsets: with NULL offset pointers it reads and writes
 * at the file offsets and advances them by the bytes copied; with
 * pointers it uses and advances *off_in and *off_out and leaves the file
 * offsets alone; at or past the end of the input it copies nothing and
 * returns 0.
 *
 * Cites: copy_file_range(2) DESCRIPTION, RETURN VALUE, VERSIONS.
 */
#include "splice.h"

FT_CASE("copy_file_range uses and advances file offsets, or the given offset pointers",
	"copy_file_range(2) DESCRIPTION; RETURN VALUE");

FT_POINT(null_pointers_use_file_offsets)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FD int out = ft_tmpfile("abcdefghij", NULL);
	sl_need_copy_file_range();
	FT_SYS(lseek(in, 2, SEEK_SET));
	FT_SYS(lseek(out, 5, SEEK_SET));
	FT_EQ(copy_file_range(in, NULL, out, NULL, 3, 0), 3);
	FT_EQ(ft_offset(in), 5);
	FT_EQ(ft_offset(out), 8);
	char buf[11] = "";
	FT_EQ(pread(out, buf, 10, 0), 10);
	FT_STREQ(buf, "abcde234ij");
}

FT_POINT(pointers_leave_file_offsets)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FD int out = ft_tmpfile("abcdefghij", NULL);
	sl_need_copy_file_range();
	FT_SYS(lseek(in, 1, SEEK_SET));
	loff_t oi = 6, oo = 0;
	FT_EQ(copy_file_range(in, &oi, out, &oo, 4, 0), 4);
	FT_EQ(oi, 10);
	FT_EQ(oo, 4);
	FT_EQ(ft_offset(in), 1);
	FT_EQ(ft_offset(out), 0);
	char buf[11] = "";
	FT_EQ(pread(out, buf, 10, 0), 10);
	FT_STREQ(buf, "6789efghij");
}

FT_POINT(at_eof_returns_zero)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FD int out = ft_tmpfile(NULL, NULL);
	sl_need_copy_file_range();
	loff_t oi = 10;
	FT_EQ(copy_file_range(in, &oi, out, NULL, 5, 0), 0);
	FT_EQ(oi, 10);
	oi = 8;
	FT_EQ(copy_file_range(in, &oi, out, NULL, 5, 0), 2); /* short copy */
	FT_EQ(ft_offset(out), 2);
}
