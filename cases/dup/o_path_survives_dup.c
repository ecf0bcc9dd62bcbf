/*
 * dup/o_path_survives_dup - a duplicate of an O_PATH descriptor refers to
 * the same O_PATH open file description: F_GETFL still reports O_PATH,
 * file I/O through it still fails with EBADF, and fstat() still works,
 * whichever call of the dup family made it.
 *
 * Cites: open(2) O_PATH (duplicating is allowed; F_GETFL includes
 * O_PATH; read fails with EBADF; fstat since Linux 3.6); dup(2)
 * DESCRIPTION.  O_PATH since Linux 2.6.39.
 */
#include "fdtest.h"

FT_CASE("a dup of an O_PATH descriptor is still O_PATH",
	"open(2) O_PATH; dup(2) DESCRIPTION");

static void check_path_fd(int d, int orig)
{
	FT_FLAG_SET(ft_getfl(d), O_PATH);
	char c;
	FT_ERRNO(read(d, &c, 1), EBADF);
	struct stat a, b;
	FT_SYS(fstat(d, &a));
	FT_SYS(fstat(orig, &b));
	FT_EQ(a.st_ino, b.st_ino);
}

static int open_path(void)
{
	char path[FT_PATH_MAX];
	FT_FD int made = ft_tmpfile("abc", path);
	return FT_NEED_FLAG(open(path, O_PATH), "O_PATH", "Linux 2.6.39");
}

FT_POINT(dup_keeps_o_path)
{
	FT_FD int fd = open_path();
	FT_FD int d = FT_SYS(dup(fd));
	check_path_fd(d, fd);
}

FT_POINT(dup2_keeps_o_path)
{
	FT_FD int fd = open_path();
	FT_FD int n = ft_lowest_free();
	FT_EQ(dup2(fd, n), n);
	check_path_fd(n, fd);
}

FT_POINT(f_dupfd_cloexec_keeps_o_path)
{
	FT_FD int fd = open_path();
	FT_FD int d = FT_SYS(fcntl(fd, F_DUPFD_CLOEXEC, 0));
	check_path_fd(d, fd);
	FT_EQ(ft_getfd(d), FD_CLOEXEC);
}

FT_TABLE(keeps_o_path_via, ft_dup_kinds)
{
	FT_FD int orig = open_path();
	FT_FD int copy = FT_SYS(row->dup(orig));
	check_path_fd(copy, orig);
	FT_EQ(ft_getfd(copy), row->cloexec ? FD_CLOEXEC : 0);
}
