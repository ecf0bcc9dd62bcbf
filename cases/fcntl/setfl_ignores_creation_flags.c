/*
 * fcntl/setfl_ignores_creation_flags - the file creation flags (O_CREAT,
 * O_EXCL, O_NOCTTY, O_TRUNC) only mean something to open(); F_SETFL
 * accepts them, ignores them (a file is not truncated) and F_GETFL does
 * not report them, while the status flags in the same argument apply.
 *
 * Cites: fcntl(2) "File status flags" (file creation flags in arg are
 * ignored); open(2) DESCRIPTION (file creation flags vs file status
 * flags); POSIX fcntl(3p) F_SETFL.
 */
#include "fdtest.h"

FT_CASE("F_SETFL ignores the file creation flags",
	"fcntl(2) \"File status flags\"; open(2) DESCRIPTION; POSIX fcntl(3p)");

FT_POINT(o_trunc_does_not_truncate)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	int fl = ft_getfl(fd);
	FT_EQ(fcntl(fd, F_SETFL, fl | O_TRUNC), 0);
	struct stat st;
	FT_SYS(fstat(fd, &st));
	FT_EQ(st.st_size, 6);
	FT_FLAG_CLEAR(ft_getfl(fd), O_TRUNC);
}

FT_POINT(not_reported_by_getfl)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	int cre = O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC;
	FT_EQ(fcntl(fd, F_SETFL, cre | O_APPEND), 0);
	int fl = ft_getfl(fd);
	FT_EQ(fl & cre, 0);
	FT_FLAG_SET(fl, O_APPEND); /* the status flag was applied */
}
