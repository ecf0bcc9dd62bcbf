/*
 * dup/dup2_replaces_newfd - when newfd is already open, dup2() and dup3()
 * close it silently and make it refer to oldfd's open file description:
 * afterwards newfd reads oldfd's file and shares its offset.
 *
 * Cites: dup(2) DESCRIPTION "dup2()" (newfd is closed before being
 * reused, silently and atomically) and "dup3()"; POSIX dup(3p).
 */
#include "fdtest.h"

FT_CASE("dup2 onto an open newfd makes it refer to oldfd's file",
	"dup(2) DESCRIPTION \"dup2()\" and \"dup3()\"; POSIX dup(3p)");

static void check_replaced(int fd, int n)
{
	struct stat a, b;
	FT_SYS(fstat(fd, &a));
	FT_SYS(fstat(n, &b));
	FT_EQ(b.st_ino, a.st_ino);
	FT_EQ(b.st_dev, a.st_dev);
	char c;
	FT_EQ(read(n, &c, 1), 1);
	FT_EQ(c, 'a');
	FT_EQ(ft_offset(fd), 1);
}

FT_POINT(dup2_over_open_fd)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int n = ft_tmpfile("xyz", NULL);
	FT_EQ(dup2(fd, n), n);
	check_replaced(fd, n);
}

FT_POINT(dup3_over_open_fd)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FD int n = ft_tmpfile("xyz", NULL);
	FT_EQ(dup3(fd, n, 0), n);
	check_replaced(fd, n);
}

FT_POINT(dup2_over_pipe_end)
{
	FT_FD int fd = ft_tmpfile("abc", NULL);
	FT_FDS int p[2] = FT_NO_FDS;
	FT_SYS(pipe(p));
	FT_EQ(dup2(fd, p[0]), p[0]);
	check_replaced(fd, p[0]);
	FT_ERRNO(lseek(p[1], 0, SEEK_CUR), ESPIPE); /* the other end: a pipe */
}
