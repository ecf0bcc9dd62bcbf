/*
 * exec/execveat_relative_to_cwd - execveat(AT_FDCWD, path) with a relative
 * path finds the program relative to the current working directory, as
 * execve does: a bare name (no PATH search), "./name", a path through a
 * subdirectory, and a name after chdir(2) or fchdir(2) into that
 * subdirectory.
 */
#include "image.h"

FT_CASE("execveat(AT_FDCWD, relative path) resolves against the cwd",
	"execveat(2) DESCRIPTION (AT_FDCWD, Linux 3.19); execve(2); chdir(2)");

FT_POINT(bare_and_dot_slash)
{
	ex_copy_self("prog");
	FT_EQ(ex_run_at(AT_FDCWD, "prog", 0), EX_RAN);
	FT_EQ(ex_run_at(AT_FDCWD, "./prog", 0), EX_RAN);
	FT_ERRNO(ex_run_at(AT_FDCWD, "missing", 0), ENOENT);
}

FT_POINT(through_subdirectory)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_EQ(ex_run_at(AT_FDCWD, "d/prog", 0), EX_RAN);
	FT_EQ(ex_run_at(AT_FDCWD, "d/../d/prog", 0), EX_RAN);
	FT_ERRNO(ex_run_at(AT_FDCWD, "prog", 0), ENOENT); /* not in the cwd */
}

FT_POINT(after_chdir)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_SYS(chdir("d"));
	FT_EQ(ex_run_at(AT_FDCWD, "prog", 0), EX_RAN);
	FT_ERRNO(ex_run_at(AT_FDCWD, "d/prog", 0), ENOENT);
	FT_SYS(chdir(".."));
}

FT_POINT(after_fchdir)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_FD int top = FT_SYS(open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_FD int d = FT_SYS(open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_SYS(fchdir(d));
	FT_EQ(ex_run_at(AT_FDCWD, "prog", 0), EX_RAN);
	FT_EQ(ex_run_at(AT_FDCWD, "./prog", 0), EX_RAN);
	FT_SYS(fchdir(top));
}
