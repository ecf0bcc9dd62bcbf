/*
 * splice/copy_file_range_errors - copy_file_range checks its descriptors
 * and ranges: an input not open for reading, an output not open for
 * writing, or an output with O_APPEND is EBADF; overlapping source and
 * target ranges in the same file, nonzero flags, or a descriptor that is
 * not a regular file are EINVAL.
 *
 * Cites: copy_file_range(2) DESCRIPTION (same file, ranges may not
 * overlap), ERRORS (EBADF, EINVAL), VERSIONS (Linux 4.5; stricter checks
 * since 5.3).
 */
#include "splice.h"

FT_CASE("copy_file_range: EBADF for wrong modes or O_APPEND, EINVAL for overlap, flags, non-files",
	"copy_file_range(2) DESCRIPTION; ERRORS");

FT_POINT(access_modes_ebadf)
{
	char src[FT_PATH_MAX], dst[FT_PATH_MAX];
	close(ft_tmpfile("0123456789", src));
	close(ft_tmpfile(NULL, dst));
	FT_FD int in_wo = FT_SYS(open(src, O_WRONLY));
	FT_FD int in_ro = FT_SYS(open(src, O_RDONLY));
	FT_FD int out_ro = FT_SYS(open(dst, O_RDONLY));
	FT_FD int out_rw = FT_SYS(open(dst, O_RDWR));
	sl_need_copy_file_range();
	FT_ERRNO(copy_file_range(in_wo, NULL, out_rw, NULL, 3, 0), EBADF);
	FT_ERRNO(copy_file_range(in_ro, NULL, out_ro, NULL, 3, 0), EBADF);
}

FT_POINT(append_output_ebadf)
{
	char dst[FT_PATH_MAX];
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	close(ft_tmpfile(NULL, dst));
	FT_FD int out = FT_SYS(open(dst, O_WRONLY | O_APPEND));
	sl_need_copy_file_range();
	FT_ERRNO(copy_file_range(in, NULL, out, NULL, 3, 0), EBADF);
}

FT_POINT(overlap_same_file_einval)
{
	FT_FD int fd = ft_tmpfile("0123456789", NULL);
	sl_need_copy_file_range();
	loff_t a = 0, b = 4;
	FT_ERRNO(copy_file_range(fd, &a, fd, &b, 6, 0), EINVAL);
	a = 0;
	b = 5;
	FT_EQ(copy_file_range(fd, &a, fd, &b, 5, 0), 5); /* disjoint: fine */
	char buf[11] = "";
	FT_EQ(pread(fd, buf, 10, 0), 10);
	FT_STREQ(buf, "0123401234");
}

FT_POINT(flags_or_non_file_einval)
{
	FT_FD int in = ft_tmpfile("0123456789", NULL);
	FT_FD int out = ft_tmpfile(NULL, NULL);
	sl_need_copy_file_range();
	FT_FDS int p[2] = FT_NO_FDS;
	ft_pipe(p, 0);
	FT_ERRNO(copy_file_range(in, NULL, out, NULL, 3, 1), EINVAL);
	FT_ERRNO(copy_file_range(in, NULL, p[1], NULL, 3, 0), EINVAL);
}
