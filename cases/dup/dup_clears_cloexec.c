/*
 * dup/dup_clears_cloexec - the new descriptor made by dup(), dup2() or
 * fcntl(F_DUPFD) never has close-on-exec set, even when the original has
 * it (or when dup2's target had it before); the original keeps its flag.
 *
 * Cites: dup(2) DESCRIPTION (the close-on-exec flag for the duplicate is
 * off); fcntl(2) "Duplicating a file descriptor"; POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup, dup2 and F_DUPFD give a descriptor without FD_CLOEXEC",
	"dup(2) DESCRIPTION; fcntl(2) \"Duplicating a file descriptor\"; POSIX dup(3p)");

FT_POINT(dup_clears)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int d = FT_SYS(dup(fd));
	FT_EQ(ft_getfd(d), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(dup2_clears)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup2(fd, n), n);
	FT_EQ(ft_getfd(n), 0);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(dup2_over_cloexec_target)
{
	FT_FD int fd = ft_tmpfile(NULL, NULL);
	FT_FD int t = FT_SYS(open("g", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_EQ(dup2(fd, t), t);
	FT_EQ(ft_getfd(t), 0);
}

FT_POINT(f_dupfd_clears)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD, 0));
	FT_EQ(ft_getfd(d), 0);
}
