/*
 * dup/dup2_bad_oldfd_keeps_newfd - when oldfd is not an open descriptor,
 * dup2() and dup3() fail with EBADF and do not close newfd: it stays open
 * on the same file with its offset and flags.
 *
 * Cites: dup(2) DESCRIPTION "dup2()" (newfd is not closed when oldfd is
 * invalid); dup(2) ERRORS (EBADF); POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup2 with an invalid oldfd fails with EBADF and leaves newfd open",
	"dup(2) DESCRIPTION \"dup2()\"; dup(2) ERRORS; POSIX dup(3p)");

static int closed_fd(void)
{
	int fd = ft_tmpfile(NULL, NULL);
	close(fd);
	return fd;
}

FT_POINT(dup2_keeps_newfd)
{
	FT_FD int n = ft_tmpfile("abc", NULL);
	int bad = closed_fd(); /* after n, so n cannot reuse its number */
	FT_EQ(lseek(n, 1, SEEK_SET), 1);
	FT_ERRNO(dup2(bad, n), EBADF);
	FT_EQ(ft_offset(n), 1);
	char c;
	FT_EQ(read(n, &c, 1), 1);
	FT_EQ(c, 'b');
	FT_FALSE(ft_is_open(bad));
}

FT_POINT(dup3_keeps_newfd)
{
	FT_FD int n = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	int bad = closed_fd();
	FT_ERRNO(dup3(bad, n, 0), EBADF);
	FT_EQ(ft_getfd(n), FD_CLOEXEC);
}

FT_POINT(negative_oldfd)
{
	FT_FD int n = ft_tmpfile(NULL, NULL);
	FT_ERRNO(dup2(-1, n), EBADF);
	FT_TRUE(ft_is_open(n));
}
