/*
 * fcntl/getfl_status_flags_from_open - F_GETFL reports the status flags
 * given to open() (O_APPEND, O_NONBLOCK, O_DSYNC) or pipe2(), and not the
 * flags that only affect the open itself (O_CREAT, O_EXCL, O_TRUNC,
 * O_NOCTTY) nor the descriptor flag O_CLOEXEC.
 *
 * Cites: fcntl(2) "File status flags" (F_GETFL); open(2) DESCRIPTION
 * (file creation flags vs file status flags); pipe(2) DESCRIPTION
 * (pipe2 flags); POSIX fcntl(3p) F_GETFL.
 */
#include "fdtest.h"

FT_CASE("F_GETFL reports the status flags set at open, not the creation flags",
	"fcntl(2) \"File status flags\"; open(2) DESCRIPTION; pipe(2) DESCRIPTION; POSIX fcntl(3p)");

FT_POINT(status_flags_reported)
{
	int want = O_APPEND | O_NONBLOCK | O_DSYNC;
	FT_FD int fd = FT_SYS(open("f", O_WRONLY | O_CREAT | want, 0600));
	FT_FLAG_SET(ft_getfl(fd), want);
}

FT_POINT(creation_flags_not_reported)
{
	int cre = O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_CLOEXEC;
	FT_FD int fd = FT_SYS(open("f", O_RDWR | cre, 0600));
	int fl = ft_getfl(fd);
	FT_EQ(fl & cre, 0);
	FT_EQ(fl & O_ACCMODE, O_RDWR);
}

FT_POINT(pipe2_nonblock_reported)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe2(p, O_NONBLOCK | O_CLOEXEC));
	FT_EQ(ft_getfl(p[0]) & (O_NONBLOCK | O_CLOEXEC), O_NONBLOCK);
	FT_EQ(ft_getfl(p[1]) & (O_NONBLOCK | O_CLOEXEC), O_NONBLOCK);
}
