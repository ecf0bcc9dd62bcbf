/*
 * fcntl/unknown_cmd_einval - a command number the kernel does not know is
 * rejected with EINVAL (the documented way to probe for support), and it
 * does nothing to the descriptor.
 *
 * Cites: fcntl(2) DESCRIPTION (test for EINVAL to check support) and
 * ERRORS (EINVAL: cmd not recognized); POSIX fcntl(3p) ERRORS.
 */
#include "fdtest.h"

FT_CASE("fcntl with an unknown command fails with EINVAL",
	"fcntl(2) DESCRIPTION and ERRORS; POSIX fcntl(3p)");

/* 1000 lies between the classic commands and F_LINUX_SPECIFIC_BASE
   (1024); the others are far beyond every command Linux defines. */
static const int unknown[] = { 1000, 0x7fffffff, -1 };

FT_POINT(regular_file)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	int fl = ft_getfl(fd);
	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
		FT_ERRNO(fcntl(fd, unknown[i], 0), EINVAL);
	FT_EQ(ft_getfl(fd), fl);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(pipe_end)
{
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
		FT_ERRNO(fcntl(p[0], unknown[i], 0), EINVAL);
}
