/*
 * limits/dup_emfile - when every number below the soft RLIMIT_NOFILE is
 * open, dup() and fcntl(F_DUPFD/F_DUPFD_CLOEXEC) with an in-range minimum
 * fail with EMFILE and create nothing.
 *
 * Cites: dup(2) ERRORS (EMFILE); fcntl(2) ERRORS (EMFILE for F_DUPFD);
 * getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p), fcntl(3p).
 */
#include "nofile.h"

FT_CASE("dup and F_DUPFD at the RLIMIT_NOFILE limit fail with EMFILE",
	"dup(2) ERRORS; fcntl(2) ERRORS; getrlimit(2) RLIMIT_NOFILE; POSIX dup(3p), fcntl(3p)");

FT_POINT(dup_emfile)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(dup(fd), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}

FT_POINT(f_dupfd_emfile)
{
	FT_FD int fd = FT_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	struct rlimit old;
	int l = lim_full(&old);
	FT_ERRNO(fcntl(fd, F_DUPFD, 0), EMFILE);
	FT_ERRNO(fcntl(fd, F_DUPFD_CLOEXEC, 0), EMFILE);
	if (l > 0) /* a minimum inside the range, below the limit */
		FT_ERRNO(fcntl(fd, F_DUPFD, l - 1), EMFILE);
	FT_FALSE(ft_is_open(l));
	lim_restore(&old);
}
