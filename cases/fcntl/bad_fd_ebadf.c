/*
 * fcntl/bad_fd_ebadf - fcntl() on a number that is not an open descriptor
 * (closed, negative, or far above any open one) fails with EBADF whatever
 * the command: descriptor flags, status flags, duplication, locks, owner.
 *
 * Cites: fcntl(2) ERRORS (EBADF: fd is not an open file descriptor);
 * POSIX fcntl(3p) ERRORS.
 */
#include "fdtest.h"

FT_CASE("fcntl on a descriptor that is not open fails with EBADF",
	"fcntl(2) ERRORS; POSIX fcntl(3p)");

static void check_all(int fd)
{
	struct flock lk = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
	struct {
		const char *name;
		int cmd;
		long arg;
	} c[] = {
		{ "F_GETFD", F_GETFD, 0 },
		{ "F_SETFD", F_SETFD, FD_CLOEXEC },
		{ "F_GETFL", F_GETFL, 0 },
		{ "F_SETFL", F_SETFL, O_NONBLOCK },
		{ "F_DUPFD", F_DUPFD, 0 },
		{ "F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC, 0 },
		{ "F_GETLK", F_GETLK, (long)&lk },
		{ "F_SETLK", F_SETLK, (long)&lk },
		{ "F_OFD_GETLK", F_OFD_GETLK, (long)&lk },
		{ "F_GETOWN", F_GETOWN, 0 },
		{ "F_SETOWN", F_SETOWN, 0 },
		{ "F_GETSIG", F_GETSIG, 0 },
	};
	int low = ft_lowest_free();
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		errno = 0;
		int r = fcntl(fd, c[i].cmd, c[i].arg);
		if (r != -1 || errno != EBADF)
			FT_FAIL("fcntl(%d, %s) returned %d errno %s, expected -1 EBADF",
				fd, c[i].name, r, ft_errno_name(errno));
	}
	FT_EQ(ft_lowest_free(), low); /* no duplicate appeared */
}

FT_POINT(closed_fd)
{
	int fd = ft_tmpfile(NULL, NULL);
	close(fd);
	check_all(fd);
}

FT_POINT(negative_fd)
{
	check_all(-1);
}

FT_POINT(huge_fd)
{
	check_all(0x7fffffff);
}
