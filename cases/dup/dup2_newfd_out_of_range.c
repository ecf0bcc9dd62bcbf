/*
 * dup/dup2_newfd_out_of_range - dup2() and dup3() report a newfd that is
 * negative or not below the RLIMIT_NOFILE soft limit with EBADF, whereas
 * fcntl(F_DUPFD) reports the same out-of-range number with EINVAL (a
 * documented difference); oldfd stays open either way.
 *
 * Cites: dup(2) ERRORS (EBADF: newfd out of the allowed range) and NOTES
 * (dup2 and F_DUPFD differ); fcntl(2) ERRORS (EINVAL for F_DUPFD) and
 * NOTES; getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p).
 */
#include "fdtest.h"
#include <sys/resource.h>

FT_CASE("dup2 to a newfd out of range is EBADF, F_DUPFD is EINVAL",
	"dup(2) ERRORS and NOTES; fcntl(2) ERRORS and NOTES; getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p)");

static int soft_limit(void)
{
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_cur > 0x7fffffff) /* no int descriptor can reach it */
		FT_SKIP("RLIMIT_NOFILE soft limit %llu is beyond int range",
			(unsigned long long)rl.rlim_cur);
	return (int)rl.rlim_cur;
}

FT_POINT(dup2_at_limit_ebadf)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup2(fd, soft_limit()), EBADF);
	FT_TRUE(ft_is_open(fd));
}

FT_POINT(dup3_at_limit_ebadf)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup3(fd, soft_limit(), 0), EBADF);
}

FT_POINT(negative_newfd_ebadf)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup2(fd, -1), EBADF);
	FT_ERRNO(dup3(fd, -1, 0), EBADF);
}

FT_POINT(f_dupfd_at_limit_einval)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_ERRNO(fcntl(fd, F_DUPFD, soft_limit()), EINVAL);
	FT_ERRNO(fcntl(fd, F_DUPFD, -1), EINVAL);
}
