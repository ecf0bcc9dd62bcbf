/*
 * dup/dup2_same_fd_noop - dup2(fd, fd) on an open descriptor does nothing
 * and returns fd: the descriptor stays open on the same file, keeps its
 * offset and keeps its close-on-exec flag (unlike a real duplication,
 * which would clear it).  On a closed fd it fails with EBADF.
 *
 * Cites: dup(2) DESCRIPTION "dup2()" (oldfd equal to newfd); dup(2)
 * ERRORS (EBADF); POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup2(fd, fd) returns fd and changes nothing",
	"dup(2) DESCRIPTION \"dup2()\"; dup(2) ERRORS; POSIX dup(3p)");

FT_POINT(returns_fd_keeps_offset)
{
	FT_FD int fd = ft_tmpfile("abcdef", NULL);
	FT_EQ(lseek(fd, 3, SEEK_SET), 3);
	FT_EQ(dup2(fd, fd), fd);
	FT_EQ(ft_offset(fd), 3);
	char c;
	FT_EQ(read(fd, &c, 1), 1);
	FT_EQ(c, 'd');
}

FT_POINT(keeps_cloexec)
{
	FT_FD int fd = FT_SYS(open("f", O_RDWR | O_CREAT | O_CLOEXEC, 0600));
	FT_EQ(dup2(fd, fd), fd);
	FT_EQ(ft_getfd(fd), FD_CLOEXEC);
}

FT_POINT(closed_fd_ebadf)
{
	int fd = ft_tmpfile(NULL, NULL);
	close(fd);
	FT_ERRNO(dup2(fd, fd), EBADF);
	FT_FALSE(ft_is_open(fd));
}
