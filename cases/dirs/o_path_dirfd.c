/*
 * dirs/o_path_dirfd - a directory opened with O_PATH serves as the dirfd
 * of openat() and the other *at() calls (open, create, fstatat) and as the
 * argument of fchdir() (Linux 3.5), although it cannot be read: getdents64
 * on it fails with EBADF.
 *
 * Cites: open(2) DESCRIPTION "O_PATH" (operations allowed on such a
 * descriptor) and "openat()" (dirfd opened O_RDONLY or O_PATH); open(2)
 * NOTES "Rationale for openat() and other directory file descriptor APIs".
 */
#include "dirs.h"

FT_CASE("an O_PATH directory descriptor works as the dirfd of openat",
	"open(2) O_PATH, \"openat()\", NOTES \"Rationale for openat() and other directory file descriptor APIs\"");

static int setup(void)
{
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "through O_PATH");
	dirs_mkfile("f", "wrong one");
	return FT_SYS(open("d", O_PATH | O_DIRECTORY));
}

FT_POINT(openat_reads)
{
	FT_FD int dfd = setup();
	FT_STREQ(dirs_read_at(dfd, "f"), "through O_PATH");
}

FT_POINT(openat_creates_fstatat)
{
	FT_FD int dfd = setup();
	close(FT_SYS(openat(dfd, "g", O_WRONLY | O_CREAT | O_EXCL, 0600)));
	struct stat a, b;
	FT_SYS(fstatat(dfd, "g", &a, 0));
	FT_SYS(stat("d/g", &b));
	FT_EQ(a.st_ino, b.st_ino);
}

FT_POINT(fchdir_works)
{
	FT_FD int dfd = setup();
	FT_SYS(fchdir(dfd));
	FT_STREQ(dirs_slurp(FT_SYS(open("f", O_RDONLY))), "through O_PATH");
}

FT_POINT(not_readable)
{
	FT_FD int dfd = setup();
	char buf[1024];
	FT_ERRNO(getdents64(dfd, (void *)buf, sizeof buf), EBADF);
}
