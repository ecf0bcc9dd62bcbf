/*
 * dup/dup3_same_fd_einval - unlike dup2(), dup3() refuses oldfd equal to
 * newfd with EINVAL, whatever the flags, and the descriptor is left as it
 * was (open, same close-on-exec flag).
 *
 * Cites: dup(2) DESCRIPTION "dup3()"; dup(2) ERRORS (EINVAL); dup3()
 * since Linux 2.6.27.
 */
#include "fdtest.h"

FT_CASE("dup3(fd, fd, flags) fails with EINVAL",
	"dup(2) DESCRIPTION \"dup3()\"; dup(2) ERRORS");

FT_POINT(no_flags)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup3(fd, fd, 0), EINVAL);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(cloexec_not_applied)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup3(fd, fd, O_CLOEXEC), EINVAL);
	FT_EQ(ft_getfd(fd), 0); /* the failed call set nothing */
}
