/*
 * dirs/openat_after_chdir - a directory descriptor is fixed when opened and
 * does not follow the process's working directory: after chdir() into
 * another directory that has an entry of the same name, openat(dfd, name)
 * still opens the entry in the dirfd's directory, and O_CREAT still
 * creates there.
 *
 * Cites: open(2) DESCRIPTION "openat()"; open(2) NOTES "Rationale for
 * openat() and other directory file descriptor APIs"; POSIX openat(3p).
 */
#include "dirs.h"

FT_CASE("a dirfd keeps resolving in its own directory after chdir elsewhere",
	"open(2) \"openat()\", NOTES \"Rationale for openat() and other directory file descriptor APIs\"; POSIX openat(3p)");

static int setup(char *abs_d, size_t n)
{
	FT_SYS(mkdir("d", 0700));
	FT_SYS(mkdir("e", 0700));
	dirs_mkfile("d/f", "in d");
	dirs_mkfile("e/f", "in e");
	dirs_abspath(abs_d, n, "d");
	int dfd = dirs_open("d");
	FT_SYS(chdir("e"));
	return dfd;
}

FT_POINT(opens_existing)
{
	char abs_d[FT_PATH_MAX];
	FT_FD int dfd = setup(abs_d, sizeof abs_d);
	FT_STREQ(dirs_read_at(dfd, "f"), "in d");
	FT_STREQ(dirs_slurp(FT_SYS(open("f", O_RDONLY))), "in e");
}

FT_POINT(creates_in_dirfd)
{
	char abs_d[FT_PATH_MAX], p[FT_PATH_MAX + 8];
	FT_FD int dfd = setup(abs_d, sizeof abs_d);
	close(FT_SYS(openat(dfd, "g", O_WRONLY | O_CREAT | O_EXCL, 0600)));
	struct stat st;
	snprintf(p, sizeof p, "%s/g", abs_d);
	FT_SYS(stat(p, &st));
	FT_ERRNO(stat("g", &st), ENOENT);
}
