/*
 * dirs/at_fdcwd_means_cwd - the special dirfd AT_FDCWD makes the *at()
 * calls resolve a relative path in the current working directory as it is
 * at the time of the call: after each chdir(), openat(AT_FDCWD, "f") and
 * fstatat(AT_FDCWD, "f") find the new cwd's "f", and O_CREAT creates there.
 *
 * Cites: open(2) DESCRIPTION "openat()" (AT_FDCWD); stat(2) "fstatat()";
 * POSIX openat(3p).
 */
#include "dirs.h"

FT_CASE("AT_FDCWD resolves relative paths in the current working directory",
	"open(2) \"openat()\"; stat(2) \"fstatat()\"; POSIX openat(3p)");

static void setup(void)
{
	FT_SYS(mkdir("a", 0700));
	FT_SYS(mkdir("b", 0700));
	dirs_mkfile("a/f", "A");
	dirs_mkfile("b/f", "B");
}

FT_POINT(openat_follows_chdir)
{
	setup();
	FT_SYS(chdir("a"));
	FT_STREQ(dirs_read_at(AT_FDCWD, "f"), "A");
	FT_SYS(chdir("../b"));
	FT_STREQ(dirs_read_at(AT_FDCWD, "f"), "B");
}

FT_POINT(fstatat_follows_chdir)
{
	setup();
	struct stat want, got;
	FT_SYS(stat("b/f", &want));
	FT_SYS(chdir("b"));
	FT_SYS(fstatat(AT_FDCWD, "f", &got, 0));
	FT_EQ(got.st_ino, want.st_ino);
}

FT_POINT(creates_in_cwd)
{
	setup();
	FT_SYS(chdir("a"));
	close(FT_SYS(openat(AT_FDCWD, "new", O_WRONLY | O_CREAT | O_EXCL, 0600)));
	FT_SYS(chdir(".."));
	struct stat st;
	FT_SYS(stat("a/new", &st));
	FT_ERRNO(stat("new", &st), ENOENT);
}
