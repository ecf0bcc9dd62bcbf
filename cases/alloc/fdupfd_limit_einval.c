/*
 * alloc/fdupfd_limit_einval - fcntl(F_DUPFD) rejects a minimum that no
 * descriptor may have: an arg at or above the soft RLIMIT_NOFILE (one
 * greater than the highest number allowed) fails with EINVAL, as does a
 * negative arg; an arg of limit-1 is still valid when that number is free.
 *
 * Cites: fcntl(2) ERRORS (EINVAL for F_DUPFD) and "Duplicating a file
 * descriptor"; getrlimit(2) RLIMIT_NOFILE; POSIX fcntl(3p).
 */
#include "alloc.h"

FT_CASE("F_DUPFD with arg at or above RLIMIT_NOFILE fails with EINVAL",
	"fcntl(2) ERRORS, \"Duplicating a file descriptor\"; getrlimit(2) RLIMIT_NOFILE; POSIX fcntl(3p)");

FT_POINT(arg_at_limit_einval)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	int s = alloc_small_limit(&old);
	FT_ERRNO(fcntl(fd, F_DUPFD, s), EINVAL);
	FT_ERRNO(fcntl(fd, F_DUPFD_CLOEXEC, s), EINVAL);
	FT_ERRNO(fcntl(fd, F_DUPFD, s + 1000), EINVAL);
	int d = FT_SYS(fcntl(fd, F_DUPFD, s - 1));
	FT_EQ(d, s - 1);
	close(d);
	FT_SYS(setrlimit(RLIMIT_NOFILE, &old));
}

FT_POINT(negative_arg_einval)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	FT_ERRNO(fcntl(fd, F_DUPFD, -1), EINVAL);
	FT_ERRNO(fcntl(fd, F_DUPFD_CLOEXEC, -5), EINVAL);
}
