/*
 * dirs/openat_relative_to_dirfd - a relative path given to openat() and the
 * other *at() calls is looked up in the directory the dirfd refers to, not
 * in the current working directory: with "f" both in the cwd and in d,
 * openat(dfd, "f") opens d/f, O_CREAT creates in d, and fstatat and
 * unlinkat act on d's entries.
 *
 * Cites: open(2) DESCRIPTION "openat()"; open(2) NOTES "Rationale for
 * openat() and other directory file descriptor APIs"; POSIX openat(3p).
 */
#include "dirs.h"

FT_CASE("openat resolves a relative path in the directory of dirfd",
	"open(2) \"openat()\", NOTES \"Rationale for openat() and other directory file descriptor APIs\"; POSIX openat(3p)");

static int setup(void)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "inner");
	dirs_mkfile("f", "outer");
	return dirs_open("d");
}

FT_POINT(opens_in_dirfd)
{
	FT_FD int dfd = setup();
	FT_STREQ(dirs_read_at(dfd, "f"), "inner");
}

FT_POINT(creates_in_dirfd)
{
	FT_FD int dfd = setup();
	int fd = FT_SYS(openat(dfd, "new", O_WRONLY | O_CREAT | O_EXCL, 0600));
	close(fd);
	struct stat st;
	FT_SYS(stat("d/new", &st));
	FT_ERRNO(stat("new", &st), ENOENT);
}

FT_POINT(fstatat_unlinkat_in_dirfd)
{
	FT_FD int dfd = setup();
	struct stat a, b;
	FT_SYS(fstatat(dfd, "f", &a, 0));
	FT_SYS(stat("d/f", &b));
	FT_EQ(a.st_ino, b.st_ino);
	FT_SYS(unlinkat(dfd, "f", 0));
	FT_ERRNO(stat("d/f", &b), ENOENT);
	FT_SYS(stat("f", &b));
}
