/*
 * dup/dup2_dup3_share_description - like dup(), dup2(), dup3() and
 * fcntl(F_DUPFD) make the new descriptor refer to the same open file
 * description, so offset and status flags are common to both.
 *
 * Cites: dup(2) DESCRIPTION "dup2()" and "dup3()"; fcntl(2) "Duplicating
 * a file descriptor"; POSIX dup(3p).  dup3() since Linux 2.6.27.
 */
#include "fdtest.h"

FT_CASE("dup2, dup3 and F_DUPFD share the open file description",
	"dup(2) DESCRIPTION; fcntl(2) \"Duplicating a file descriptor\"; POSIX dup(3p)");

static void check_shared(int fd, int d)
{
	char c;
	FT_EQ(lseek(fd, 2, SEEK_SET), 2);
	FT_EQ(ft_offset(d), 2);
	FT_EQ(read(d, &c, 1), 1);
	FT_EQ(c, 'c');
	FT_EQ(ft_offset(fd), 3);
	FT_SYS(fcntl(d, F_SETFL, ft_getfl(d) | O_APPEND));
	FT_FLAG_SET(ft_getfl(fd), O_APPEND);
}

FT_POINT(dup2_shares)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup2(fd, n), n);
	check_shared(fd, n);
}

FT_POINT(dup3_shares)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup3(fd, n, O_CLOEXEC), n);
	check_shared(fd, n);
}

FT_POINT(f_dupfd_shares)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD, 0));
	check_shared(fd, d);
}
