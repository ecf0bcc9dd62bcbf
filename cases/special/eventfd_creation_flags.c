/*
 * special/eventfd_creation_flags - EFD_NONBLOCK puts O_NONBLOCK on the new
 * open file description and EFD_CLOEXEC puts FD_CLOEXEC on the new
 * descriptor; without them neither is set and a read of a zero counter
 * would wait.  Unknown flag bits are EINVAL.
 *
 * Cites: eventfd(2) DESCRIPTION (EFD_CLOEXEC, EFD_NONBLOCK), ERRORS.
 */
#include "special.h"
#include <sys/eventfd.h>

FT_CASE("EFD_NONBLOCK and EFD_CLOEXEC set O_NONBLOCK and FD_CLOEXEC",
	"eventfd(2) DESCRIPTION (EFD_CLOEXEC, EFD_NONBLOCK); ERRORS");

FT_POINT(nonblock_sets_status_flag)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_NONBLOCK));
	FT_FLAG_SET(ft_getfl(fd), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(cloexec_sets_fd_flag)
{
	FT_FD int fd = FT_SYS(eventfd(0, EFD_CLOEXEC));
	FT_FLAG_SET(ft_getfd(fd), FD_CLOEXEC);
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
}

FT_POINT(no_flags_blocks)
{
	FT_FD int fd = FT_SYS(eventfd(0, 0));
	FT_FLAG_CLEAR(ft_getfl(fd), O_NONBLOCK);
	FT_FLAG_CLEAR(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(unknown_flag_einval)
{
	FT_ERRNO(eventfd(0, 0x40000000), EINVAL);
}
