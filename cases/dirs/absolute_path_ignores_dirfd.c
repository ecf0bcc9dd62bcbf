/*
 * dirs/absolute_path_ignores_dirfd - when the path given to openat() is
 * absolute the dirfd plays no part: the file opens the same whether dirfd
 * is another directory, a regular file, or not a valid descriptor at all.
 *
 * Cites: open(2) DESCRIPTION "openat()" (an absolute pathname ignores
 * dirfd; an invalid dirfd can be used to insist on an absolute path);
 * POSIX openat(3p).
 */
#include "dirs.h"

FT_CASE("openat ignores dirfd when the path is absolute",
	"open(2) \"openat()\"; POSIX openat(3p)");

static void setup(char *abs, size_t n)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "wrong");
	dirs_mkfile("f", "right");
	dirs_abspath(abs, n, "f");
}

FT_POINT(other_directory_dirfd)
{
	char abs[FT_PATH_MAX];
	setup(abs, sizeof abs);
	FT_FD int dfd = dirs_open("d");
	FT_STREQ(dirs_read_at(dfd, abs), "right");
}

FT_POINT(regular_file_dirfd)
{
	char abs[FT_PATH_MAX];
	setup(abs, sizeof abs);
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_STREQ(dirs_read_at(fd, abs), "right");
}

FT_POINT(invalid_dirfd)
{
	char abs[FT_PATH_MAX];
	setup(abs, sizeof abs);
	FT_STREQ(dirs_read_at(ft_lowest_free(), abs), "right");
	FT_STREQ(dirs_read_at(-1, abs), "right");
}
