/*
 * proc/closed_fd_enoent - a descriptor number that is not open has no
 * entry in /proc/self/fd or /proc/self/fdinfo: readlink, lstat and open of
 * /proc/self/fd/N and open of /proc/self/fdinfo/N fail with ENOENT, also
 * for a number that was open a moment ago.
 *
 * Cites: proc(5) "/proc/pid/fd/" and "/proc/pid/fdinfo/" (entries exist
 * for open files only); readlink(2) ERRORS "ENOENT".
 */
#include "proc.h"

FT_CASE("/proc/self/fd/N of a closed descriptor does not exist (ENOENT)",
	"proc(5) \"/proc/pid/fd/\", \"/proc/pid/fdinfo/\"; readlink(2) ERRORS ENOENT");
FT_NEEDS(FT_NEEDS_PROC);

static void gone(int fd)
{
	char p[64], q[64], buf[64];
	struct stat st;
	snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
	snprintf(q, sizeof q, "/proc/self/fdinfo/%d", fd);
	FT_ERRNO(readlink(p, buf, sizeof buf), ENOENT);
	FT_ERRNO(lstat(p, &st), ENOENT);
	FT_ERRNO(open(p, O_RDONLY), ENOENT);
	FT_ERRNO(open(q, O_RDONLY), ENOENT);
}

FT_POINT(never_opened)
{
	gone(ft_lowest_free());
}

FT_POINT(just_closed)
{
	int fd = ft_tmpfile("x", NULL);
	char buf[FT_PATH_MAX];
	ft_readlink_fd(fd, buf, sizeof buf);
	FT_SYS(close(fd));
	gone(fd);
}
