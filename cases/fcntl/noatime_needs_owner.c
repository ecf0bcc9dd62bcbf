/*
 * fcntl/noatime_needs_owner - O_NOATIME may be set only by the file's
 * owner or by a process with CAP_FOWNER: F_SETFL with O_NOATIME succeeds
 * for root on a file owned by another user, and fails with EPERM (status
 * flags unchanged) for an unprivileged process that does not own it.
 *
 * Cites: open(2) O_NOATIME (conditions on effective UID or CAP_FOWNER)
 * and ERRORS (EPERM); fcntl(2) "File status flags" (F_SETFL can change
 * O_NOATIME).  O_NOATIME since Linux 2.6.8.
 */
#include "fdtest.h"

FT_CASE("F_SETFL O_NOATIME needs file ownership or CAP_FOWNER",
	"open(2) O_NOATIME and ERRORS; fcntl(2) \"File status flags\"");

#define OTHER_UID 65534 /* nobody */

static int foreign_file(void)
{
	const char *why;
	if (ft_has_init_cap(CAP_CHOWN, &why) != 1)
		FT_SKIP("needs CAP_CHOWN to give the file to another uid: %s", why);
	if (ft_has_init_cap(CAP_FOWNER, &why) != 1)
		FT_SKIP("needs CAP_FOWNER: %s", why);
	int fd = ft_tmpfile("abc", NULL);
	if (fchown(fd, OTHER_UID, OTHER_UID) == -1) {
		int e = errno;
		close(fd);
		FT_SKIP("cannot chown to uid %d here (%s)", OTHER_UID, ft_errno_name(e));
	}
	return fd;
}

FT_POINT(cap_fowner_may_set)
{
	FT_FD int fd = foreign_file();
	FT_EQ(fcntl(fd, F_SETFL, ft_getfl(fd) | O_NOATIME), 0);
	FT_FLAG_SET(ft_getfl(fd), O_NOATIME);
}

FT_POINT(non_owner_eperm)
{
	if (geteuid() != 0)
		FT_SKIP("needs root: to switch to an unprivileged uid");
	int fd = ft_tmpfile("abc", NULL); /* owned by root */
	pid_t pid = ft_fork();
	if (pid == 0) {
		if (setgid(OTHER_UID) == -1 || setuid(OTHER_UID) == -1)
			_exit(77);
		int fl = ft_getfl(fd);
		FT_ERRNO(fcntl(fd, F_SETFL, fl | O_NOATIME), EPERM);
		FT_EQ(ft_getfl(fd), fl);
		FT_EQ(fcntl(fd, F_SETFL, fl | O_APPEND), 0); /* others still change */
		_exit(0);
	}
	int code = ft_wait_exit(pid, 0);
	close(fd);
	if (code == 77)
		FT_SKIP("cannot switch to uid %d here", OTHER_UID);
	FT_EQ(code, 0);
}
