/*
 * exec/execveat_symlink_nofollow_eloop - with AT_SYMLINK_NOFOLLOW,
 * execveat fails with ELOOP when the final component of the path names a
 * symbolic link, relative to AT_FDCWD or to a dirfd; symbolic links in
 * earlier components are followed, and without the flag the link is
 * followed to the program.
 */
#include "image.h"

FT_CASE("execveat with AT_SYMLINK_NOFOLLOW on a symlink fails with ELOOP",
	"execveat(2) AT_SYMLINK_NOFOLLOW, ERRORS (ELOOP; Linux 3.19); path_resolution(7)");

FT_POINT(link_followed_without_flag)
{
	ex_copy_self("prog");
	FT_SYS(symlink("prog", "link"));
	FT_EQ(ex_run_at(AT_FDCWD, "link", 0), EX_RAN);
}

FT_POINT(final_link_eloop)
{
	ex_copy_self("prog");
	FT_SYS(symlink("prog", "link"));
	FT_ERRNO(ex_run_at(AT_FDCWD, "link", AT_SYMLINK_NOFOLLOW), ELOOP);
	FT_ERRNO(ex_run_at(AT_FDCWD, "./link", AT_SYMLINK_NOFOLLOW), ELOOP);
	FT_EQ(ex_run_at(AT_FDCWD, "prog", AT_SYMLINK_NOFOLLOW), EX_RAN);
}

FT_POINT(final_link_in_dirfd_eloop)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_SYS(symlink("prog", "d/link"));
	FT_FD int d = FT_SYS(open("d", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	FT_ERRNO(ex_run_at(d, "link", AT_SYMLINK_NOFOLLOW), ELOOP);
	FT_EQ(ex_run_at(d, "link", 0), EX_RAN);
}

FT_POINT(directory_link_followed)
{
	FT_SYS(mkdir("d", 0700));
	ex_copy_self("d/prog");
	FT_SYS(symlink("d", "dl"));
	FT_EQ(ex_run_at(AT_FDCWD, "dl/prog", AT_SYMLINK_NOFOLLOW), EX_RAN);
}
