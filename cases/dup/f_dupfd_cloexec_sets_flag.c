/*
 * dup/f_dupfd_cloexec_sets_flag - fcntl(F_DUPFD_CLOEXEC) duplicates like
 * F_DUPFD (lowest free number >= arg, same open file description) and
 * also sets close-on-exec on the new descriptor, leaving the original's
 * flag alone; plain F_DUPFD does not set it.
 *
 * Cites: fcntl(2) "Duplicating a file descriptor" (F_DUPFD_CLOEXEC since
 * Linux 2.6.24); POSIX fcntl(3p) F_DUPFD_CLOEXEC.
 */
#include "fdtest.h"
#include <sys/resource.h>

FT_CASE("F_DUPFD_CLOEXEC duplicates with FD_CLOEXEC set",
	"fcntl(2) \"Duplicating a file descriptor\"; POSIX fcntl(3p)");

FT_POINT(sets_flag_on_new_only)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	FT_NE(d, fd);
	FT_EQ(ft_getfd(d), FD_CLOEXEC);
	FT_EQ(ft_getfd(fd), 0);
}

FT_POINT(at_or_above_arg_and_shared)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	struct rlimit rl;
	FT_SYS(getrlimit(RLIMIT_NOFILE, &rl));
	int min = fd + 10;
	if ((rlim_t)min >= rl.rlim_cur) /* a small limit: stay inside it */
		min = (int)rl.rlim_cur - 1;
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, min));
	FT_GE(d, min);
	FT_EQ(lseek(d, 2, SEEK_SET), 2);
	FT_EQ(ft_offset(fd), 2);
}

FT_POINT(plain_f_dupfd_does_not_set)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD, 0));
	FT_EQ(ft_getfd(d), 0);
}
