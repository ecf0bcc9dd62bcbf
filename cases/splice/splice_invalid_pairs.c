/*
 * splice/splice_invalid_pairs - splice refuses with EINVAL when neither
 * descriptor is a pipe, when both are the same pipe, and when the target
 * file was opened with O_APPEND.
 *
 * Cites: splice(2) DESCRIPTION (one descriptor must refer to a pipe),
 * ERRORS (EINVAL).
 */
#include "splice.h"

FT_CASE("splice is EINVAL without a pipe, within one pipe, or to an O_APPEND file",
	"splice(2) DESCRIPTION; ERRORS (EINVAL)");

FT_POINT(neither_is_a_pipe)
{
	FT_FD int in = ft_tmpfile("abc", NULL);
	FT_FD int out = ft_tmpfile(NULL, NULL);
	FT_ERRNO(splice(in, NULL, out, NULL, 3, 0), EINVAL);
	FT_EQ(ft_offset(in), 0);
}

FT_POINT(same_pipe_both_ends)
{
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "abc");
	FT_ERRNO(splice(p[0], NULL, p[1], NULL, 3, 0), EINVAL);
}

FT_POINT(append_target)
{
	char path[FT_PATH_MAX];
	close(ft_tmpfile("x", path));
	FT_FD int out = FT_SYS(open(path, O_WRONLY | O_APPEND));
	FT_FDS int p[2] = FT_NO_FDS;
	sl_pipe_with(p, "abc");
	FT_ERRNO(splice(p[0], NULL, out, NULL, 3, 0), EINVAL);
	struct stat st;
	FT_SYS(fstat(out, &st));
	FT_EQ(st.st_size, 1);
}
