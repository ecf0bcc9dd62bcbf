/*
 * special/pidfd_open_properties - pidfd_open (Linux 5.3) returns a
 * descriptor with close-on-exec set; PIDFD_NONBLOCK (Linux 5.10) makes its
 * description nonblocking; nothing can be read from it (EINVAL); an
 * invalid pid or unknown flags are EINVAL.
 *
 * Cites: pidfd_open(2) DESCRIPTION, ERRORS, NOTES "Use cases for PID file
 * descriptors" (read(2) fails with EINVAL), VERSIONS.
 */
#include "special.h"

FT_CASE("pidfd_open: close-on-exec set, PIDFD_NONBLOCK, read is EINVAL, bad arguments EINVAL",
	"pidfd_open(2) DESCRIPTION; ERRORS; NOTES \"Use cases for PID file descriptors\"");

FT_POINT(cloexec_is_set)
{
	FT_FD int pfd = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	FT_FLAG_SET(ft_getfd(pfd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(pfd), O_NONBLOCK);
}

FT_POINT(nonblock_flag)
{
	sp_need_pidfd();
	int pfd = FT_NEED_FLAG(sp_pidfd_open(getpid(), PIDFD_NONBLOCK),
			       "PIDFD_NONBLOCK", "Linux 5.10");
	FT_FLAG_SET(ft_getfl(pfd), O_NONBLOCK);
	close(pfd);
}

FT_POINT(read_is_einval)
{
	FT_FD int pfd = FT_NEED_CALL(sp_pidfd_open(getpid(), 0), "pidfd_open", "Linux 5.3");
	char buf[16];
	FT_ERRNO(read(pfd, buf, sizeof buf), EINVAL);
}

FT_POINT(bad_arguments_einval)
{
	sp_need_pidfd();
	FT_ERRNO(sp_pidfd_open(0, 0), EINVAL);
	FT_ERRNO(sp_pidfd_open(-1, 0), EINVAL);
	FT_ERRNO(sp_pidfd_open(getpid(), 1), EINVAL);
}
