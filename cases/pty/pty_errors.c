/*
 * pty/pty_errors - the pseudoterminal calls refuse what is not a master:
 * ptsname() returns NULL with ENOTTY (and ptsname_r() returns ENOTTY) for
 * a slave or a regular file, unlockpt() fails with EINVAL for them and
 * with EBADF for a closed descriptor, TIOCGPTPEER on a regular file fails
 * with ENOTTY, and ptsname_r() with too small a buffer returns ERANGE.
 */
#include "pty.h"

FT_CASE("ptsname, ptsname_r, unlockpt and TIOCGPTPEER reject descriptors that are no master",
	"ptsname(3) ERRORS; unlockpt(3) ERRORS; ioctl(2) ERRORS (ENOTTY); "
	"ioctl_tty(2) \"Pseudoterminal ioctls\"");

/* Each returns a descriptor that is no master; *keep gets what must stay
   open meanwhile (the slave's master: its close would hang the slave up). */
static int open_slave(int *keep)
{
	*keep = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	return pty_open_slave(*keep, O_CLOEXEC);
}
static int open_file(int *keep) { return ft_tmpfile("x", NULL); }
static const struct { const char *name; int (*open)(int *keep); } not_master[] = {
	{ "slave", open_slave },
	{ "regular_file", open_file },
};

FT_TABLE(ptsname_enotty, not_master)
{
	char buf[128];
	FT_FD int keep = -1;
	FT_FD int fd = row->open(&keep);
	errno = 0;
	FT_TRUE(ptsname(fd) == NULL);
	FT_EQ(errno, ENOTTY);
	FT_EQ(ptsname_r(fd, buf, sizeof buf), ENOTTY);
}

FT_TABLE(unlockpt_einval, not_master)
{
	FT_FD int keep = -1;
	FT_FD int fd = row->open(&keep);
	FT_ERRNO(unlockpt(fd), EINVAL);
}

FT_POINT(unlockpt_closed_ebadf)
{
	FT_ERRNO(unlockpt(ft_lowest_free()), EBADF);
}

FT_POINT(tiocgptpeer_regular_file_enotty)
{
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_FD int s = pty_peer(m, O_RDWR | O_NOCTTY | O_CLOEXEC);
	FT_FD int f = ft_tmpfile("x", NULL);
	FT_ERRNO(ioctl(f, TIOCGPTPEER, O_RDWR), ENOTTY);
}

FT_POINT(ptsname_r_small_buffer_erange)
{
	char tiny[4];
	FT_FD int m = pty_open_master(O_RDWR | O_NOCTTY | O_CLOEXEC, NULL);
	FT_EQ(ptsname_r(m, tiny, sizeof tiny), ERANGE);
}
