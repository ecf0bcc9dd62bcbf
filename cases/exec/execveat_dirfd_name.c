/*
 * exec/execveat_dirfd_name - execveat(dirfd, path) with a relative path
 * finds the program relative to the directory dirfd refers to, not the
 * cwd: a name, a path below dirfd, through an O_PATH directory descriptor;
 * an absolute path ignores dirfd; a relative path needs a directory
 * (ENOTDIR for a regular file, EBADF for a number that is not open).
 */
#include "image.h"

FT_CASE("execveat(dirfd, relative path) resolves against dirfd, not the cwd",
	"execveat(2) DESCRIPTION, ERRORS (EBADF, ENOTDIR; Linux 3.19); open(2) O_PATH");

static int dir(const char *path, int flags)
{
	return FT_SYS(open(path, O_DIRECTORY | O_CLOEXEC | flags));
}

FT_POINT(name_in_dirfd)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_FD int d = dir("d", O_RDONLY);
	FT_EQ(ex_run_at(d, "prog", 0), EX_RAN);
	FT_EQ(ex_run_at(d, "./prog", 0), EX_RAN);
}

FT_POINT(path_below_dirfd)
{
	FT_SYS(mkdir("d", 0700));
	FT_SYS(mkdir("d/e", 0700));
	ex_copy_self("d/e/prog");
	FT_FD int d = dir("d", O_RDONLY);
	FT_EQ(ex_run_at(d, "e/prog", 0), EX_RAN);
	FT_ERRNO(ex_run_at(d, "prog", 0), ENOENT);
}

FT_POINT(opath_dirfd)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_FD int d = dir("d", O_PATH);
	FT_EQ(ex_run_at(d, "prog", 0), EX_RAN);
}

FT_POINT(dirfd_not_cwd)
{
	FT_SYS(mkdir("d", 0700));
	FT_SYS(mkdir("e", 0700));
	ex_copy_self("d/prog");
	FT_FD int d = dir("d", O_RDONLY);
	FT_SYS(chdir("e")); /* the cwd has no prog; dirfd does */
	FT_EQ(ex_run_at(d, "prog", 0), EX_RAN);
	FT_SYS(chdir(".."));
	FT_FD int e = dir("e", O_RDONLY);
	FT_ERRNO(ex_run_at(e, "prog", 0), ENOENT);
}

FT_POINT(absolute_ignores_dirfd)
{
	char cwd[FT_PATH_MAX], abs[FT_PATH_MAX + 8];
	ex_copy_self("prog");
	FT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
	snprintf(abs, sizeof abs, "%s/prog", cwd);
	FT_FD int f = FT_SYS(open("prog", O_RDONLY | O_CLOEXEC));
	FT_EQ(ex_run_at(f, abs, 0), EX_RAN); /* a file, not a directory */
	ft_close(&f);
	int bad = ft_lowest_free();
	FT_EQ(ex_run_at(bad, abs, 0), EX_RAN); /* not open at all */
}

FT_POINT(relative_needs_directory)
{
	ex_copy_self("prog");
	FT_FD int f = FT_SYS(open("prog", O_RDONLY | O_CLOEXEC));
	FT_ERRNO(ex_run_at(f, "prog", 0), ENOTDIR);
	ft_close(&f);
	FT_ERRNO(ex_run_at(ft_lowest_free(), "prog", 0), EBADF);
}
