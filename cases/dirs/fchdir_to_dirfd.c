/*
 * dirs/fchdir_to_dirfd - fchdir() makes the directory an open descriptor
 * refers to the working directory: relative paths then resolve there and
 * getcwd() names it.  A descriptor that is not a directory is refused with
 * ENOTDIR, a closed one with EBADF, and the cwd stays where it was.
 *
 * Cites: chdir(2) DESCRIPTION and ERRORS (fchdir); POSIX fchdir(3p).
 */
#include "dirs.h"

FT_CASE("fchdir moves the working directory to the directory of an open descriptor",
	"chdir(2) DESCRIPTION, ERRORS; POSIX fchdir(3p)");

FT_POINT(relative_paths_follow)
{
	char want[FT_PATH_MAX], cwd[FT_PATH_MAX];
	FT_SYS(mkdir("d", 0700));
	dirs_mkfile("d/f", "inside");
	dirs_mkfile("f", "outside");
	dirs_abspath(want, sizeof want, "d");
	FT_FD int dfd = dirs_open("d");
	FT_SYS(fchdir(dfd));
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	FT_STREQ(cwd, want);
	FT_STREQ(dirs_slurp(FT_SYS(open("f", O_RDONLY))), "inside");
}

FT_POINT(non_directory_enotdir)
{
	char before[FT_PATH_MAX], after[FT_PATH_MAX];
	FT_FD int fd = ft_tmpfile("x", NULL);
	FT_TRUE(getcwd(before, sizeof before) != NULL);
	FT_ERRNO(fchdir(fd), ENOTDIR);
	FT_TRUE(getcwd(after, sizeof after) != NULL);
	FT_STREQ(after, before);
}

FT_POINT(closed_fd_ebadf)
{
	int fd = ft_lowest_free();
	FT_ERRNO(fchdir(fd), EBADF);
}
