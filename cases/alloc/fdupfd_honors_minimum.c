/*
 * alloc/fdupfd_honors_minimum - fcntl(F_DUPFD, arg) returns the lowest
 * free number that is >= arg: exactly arg when arg is free, the next free
 * number above when arg is in use, and never a free number below arg.
 * F_DUPFD_CLOEXEC does the same.
 *
 * Cites: fcntl(2) "Duplicating a file descriptor"; POSIX fcntl(3p).
 */
#include "alloc.h"

FT_CASE("F_DUPFD returns the lowest free descriptor >= its argument",
	"fcntl(2) \"Duplicating a file descriptor\"; POSIX fcntl(3p)");

/* A free number m with free numbers below it and a free one above. */
static int pick_min(void)
{
	int m = alloc_free_above(ft_lowest_free() + 5);
	FT_LT(ft_lowest_free(), m);
	return m;
}

FT_POINT(returns_arg_when_free)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	int m = pick_min();
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD, m));
	FT_EQ(d, m);
}

FT_POINT(skips_open_numbers_from_arg)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_FD int m = pick_min();
	FT_SYS(dup2(fd, m));
	int want = alloc_free_above(m);
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD, m));
	FT_EQ(d, want);
}

FT_POINT(cloexec_variant_honors_arg)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY));
	int m = pick_min();
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, m));
	FT_EQ(d, m);
	FT_EQ(ft_getfd(d), FD_CLOEXEC);
}
